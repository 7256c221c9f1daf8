// Shape areas through a switch expression on the runtime type: type patterns, property patterns with a designation (Circle { R: > 1 } c), relational patterns on properties, a null arm and a discard arm; arm order decides which of two matching arms wins.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
using System;
using System.Collections.Generic;

abstract class Shape { }
class Circle : Shape { public double R; public Circle(double r) { R = r; } }
class Rect : Shape { public double W, H; public Rect(double w, double h) { W = w; H = h; } }
class Square : Rect { public Square(double s) : base(s, s) { } }
class Triangle : Shape { public double Base { get; set; } public double Height { get; set; } }

class Program
{
    static double Area(Shape s) => s switch
    {
        null => 0,
        Circle { R: 0 } => 0,
        Circle c => Math.PI * c.R * c.R,
        Square sq => sq.W * sq.W,
        Rect { W: var w, H: var h } => w * h,
        Triangle t => t.Base * t.Height / 2,
        _ => -1,
    };

    static string Describe(Shape s) => s switch
    {
        Circle { R: > 10 } => "huge circle",
        Circle { R: > 1 } c => $"circle r={c.R}",
        Circle => "small circle",
        Square { W: < 2 } => "tiny square",
        Rect { W: var w, H: var h } when w == h => "square-ish rect",
        Rect { H: > 5 } r => $"tall rect {r.W}x{r.H}",
        Rect => "rect",
        null => "nothing",
        _ => "unknown shape",
    };

    static void Main()
    {
        var shapes = new List<Shape>
        {
            new Circle(1), new Circle(0), new Circle(2.5), new Circle(11),
            new Rect(2, 3), new Rect(4, 4), new Rect(1, 8), new Square(1.5), new Square(3),
            new Triangle { Base = 6, Height = 4 }, null,
        };
        double total = 0;
        foreach (var s in shapes)
        {
            double a = Area(s);
            total += a;
            Console.WriteLine($"{Describe(s)}: {a:F2}");
        }
        Console.WriteLine($"total {total:F3}");
    }
}
// expect: small circle: 3.14
// expect: small circle: 0.00
// expect: circle r=2.5: 19.63
// expect: huge circle: 380.13
// expect: rect: 6.00
// expect: square-ish rect: 16.00
// expect: tall rect 1x8: 8.00
// expect: tiny square: 2.25
// expect: square-ish rect: 9.00
// expect: unknown shape: 12.00
// expect: nothing: 0.00
// expect: total 456.159
