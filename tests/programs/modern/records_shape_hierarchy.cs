// A record hierarchy under an abstract record: derived positional records pass arguments to the base, ToString prints base members first, equality respects the runtime type (EqualityContract), abstract members are overridden, and `with` on a base-typed variable keeps the derived type.
// hand-checked: C# 9 records; mcs 6.8 cannot compile them; output checked on CoreCLR 3.1 running Sharp's build
using System;
using System.Collections.Generic;

abstract record Shape(string Label)
{
    public abstract double Area();
    public string Describe() => $"{Label}: area {Area()}";
}

record Circle(string Label, double Radius) : Shape(Label)
{
    public override double Area() => 3 * Radius * Radius;
}

record Rect(string Label, double Width, double Height) : Shape(Label)
{
    public override double Area() => Width * Height;
}

record Square(string Label, double Side) : Rect(Label, Side, Side);

record Tagged(string Label, double Width, double Height) : Rect(Label, Width, Height);

class Program
{
    static string Kind(Shape s) => s switch
    {
        Square sq => $"square of side {sq.Side}",
        Rect r when r.Width == r.Height => "square-ish rect",
        Rect r => $"rect {r.Width}x{r.Height}",
        Circle c => $"circle r={c.Radius}",
        _ => "unknown",
    };

    static void Main()
    {
        var shapes = new List<Shape>
        {
            new Circle("wheel", 0.5),
            new Rect("door", 1, 2.5),
            new Square("tile", 0.25),
            new Rect("box", 3, 3),
        };

        foreach (var s in shapes)
        {
            Console.WriteLine(s);
            Console.WriteLine("  " + s.Describe() + " / " + Kind(s));
        }

        Shape a = new Rect("x", 2, 2);
        Shape b = new Square("x", 2);
        Shape c = new Tagged("x", 2, 2);
        Console.WriteLine(a == b);
        Console.WriteLine(a.Equals(c));
        Console.WriteLine(b == new Square("x", 2));
        Console.WriteLine(a == new Rect("x", 2, 2));

        Shape renamed = b with { Label = "y" };
        Console.WriteLine(renamed.GetType().Name);
        Console.WriteLine(renamed);

        Rect asRect = (Rect)b;
        var widened = asRect with { Width = 5 };
        Console.WriteLine(widened);
        Console.WriteLine(widened is Square);

        var (label, side) = (Square)b;
        Console.WriteLine($"{label} {side}");
        var (l2, w2, h2) = (Rect)b;
        Console.WriteLine($"{l2} {w2} {h2}");

        double total = 0;
        foreach (var s in shapes) total += s.Area();
        Console.WriteLine(total);
    }
}
// expect: Circle { Label = wheel, Radius = 0.5 }
// expect:   wheel: area 0.75 / circle r=0.5
// expect: Rect { Label = door, Width = 1, Height = 2.5 }
// expect:   door: area 2.5 / rect 1x2.5
// expect: Square { Label = tile, Width = 0.25, Height = 0.25, Side = 0.25 }
// expect:   tile: area 0.0625 / square of side 0.25
// expect: Rect { Label = box, Width = 3, Height = 3 }
// expect:   box: area 9 / square-ish rect
// expect: False
// expect: False
// expect: True
// expect: True
// expect: Square
// expect: Square { Label = y, Width = 2, Height = 2, Side = 2 }
// expect: Square { Label = x, Width = 5, Height = 2, Side = 2 }
// expect: True
// expect: x 2
// expect: x 2 2
// expect: 12.3125
