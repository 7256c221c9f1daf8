// Delegate variance in use: Func<Derived> stored in a List<Func<Base>>, Action<Base> and Comparison<Base> and Predicate<Base> used where Derived versions are expected, a custom delegate with in/out type parameters, Func<Base, Derived> as Func<Derived, Base>, nested IEnumerable<Func<Derived>> as IEnumerable<Func<Base>>, and runtime is-checks on variant delegates.
using System;
using System.Collections.Generic;
delegate TOut Transformer<in TIn, out TOut>(TIn input);
class Shape {
    public string Id;
    public Shape(string id) { Id = id; }
    public virtual double Area { get { return 0; } }
}
class Circle : Shape {
    public double R;
    public Circle(string id, double r) : base(id) { R = r; }
    public override double Area { get { return 3 * R * R; } }
}
class Square : Shape {
    public double Side;
    public Square(string id, double s) : base(id) { Side = s; }
    public override double Area { get { return Side * Side; } }
}
class Program {
    static Circle MakeUnit() { return new Circle("unit", 1); }
    static string Describe(object o) { return "obj:" + o.GetType().Name; }
    static int ByArea(Shape a, Shape b) { return a.Area.CompareTo(b.Area); }
    static List<string> Ids<T>(IEnumerable<T> xs) where T : Shape {
        var r = new List<string>();
        foreach (var x in xs) r.Add(x.Id);
        return r;
    }
    static void Main() {
        Func<Circle> unit = MakeUnit;
        Func<Square> big = () => new Square("big", 5);
        var factories = new List<Func<Shape>> { unit, big, () => new Shape("plain") };
        var made = new List<Shape>();
        foreach (var f in factories) made.Add(f());
        // expect: unit:3 big:25 plain:0
        var parts = new List<string>();
        foreach (var s in made) parts.Add(s.Id + ":" + s.Area);
        Console.WriteLine(string.Join(" ", parts));
        var circles = new List<Circle> { new Circle("c2", 2), new Circle("c1", 1), new Circle("c3", 3) };
        Comparison<Shape> byArea = ByArea;
        Comparison<Circle> circleOrder = byArea;
        circles.Sort(circleOrder);
        // expect: c1 c2 c3
        Console.WriteLine(string.Join(" ", Ids(circles)));
        Predicate<Shape> large = s => s.Area > 5;
        // expect: c2 c3
        Console.WriteLine(string.Join(" ", Ids(circles.FindAll(large))));
        var seen = new List<string>();
        Action<Shape> record = s => seen.Add(s.Id);
        Action<Circle> recordCircle = record;
        circles.ForEach(recordCircle);
        Action<Square> recordSquare = record;
        recordSquare(new Square("sq", 1));
        // expect: c1,c2,c3,sq
        Console.WriteLine(string.Join(",", seen));
        Transformer<Shape, string> label = s => "<" + s.Id + ">";
        Transformer<Circle, object> loose = label;
        // expect: <c2>
        Console.WriteLine(loose(circles[1]));
        Transformer<object, string> describe = Describe;
        Transformer<Square, object> anyToObj = describe;
        // expect: obj:Square
        Console.WriteLine(anyToObj(new Square("s", 2)));
        Func<Shape, Circle> grow = s => new Circle(s.Id + "+", s.Area);
        Func<Circle, Shape> narrowed = grow;
        // expect: c1+ 27
        Shape g = narrowed(circles[0]);
        Console.WriteLine(g.Id + " " + g.Area);
        IEnumerable<Func<Circle>> circleMakers = new List<Func<Circle>> { unit, () => new Circle("two", 2) };
        IEnumerable<Func<Shape>> shapeMakers = circleMakers;
        double total = 0;
        foreach (var m in shapeMakers) total += m().Area;
        // expect: 15
        Console.WriteLine(total);
        object boxed = unit;
        // expect: True True False
        Console.WriteLine((boxed is Func<Shape>) + " " + (boxed is Func<object>) + " " + (boxed is Func<Square>));
        object act = record;
        // expect: True False
        Console.WriteLine((act is Action<Circle>) + " " + (act is Action<object>));
        Func<Shape> asBase = unit;
        // expect: True
        Console.WriteLine(object.ReferenceEquals(asBase, unit));
    }
}
