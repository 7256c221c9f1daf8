// Enums as type arguments: boxing to object prints the member name, Equals/CompareTo through constraints, arrays of enums in generic code.
using System;

enum Color { Red, Green, Blue }
enum Level : byte { Low = 1, High = 200 }

class Box<T>
{
    public T Value;
    public Box(T v) { Value = v; }
    public override string ToString() { return "Box(" + Value + ")"; }
}

class Program
{
    static string Show<T>(T x) { return x.ToString(); }
    static T Max<T>(T a, T b) where T : IComparable { return a.CompareTo(b) >= 0 ? a : b; }
    static int Count<T>(T[] xs, T x) where T : struct
    {
        int n = 0;
        foreach (T t in xs) if (t.Equals(x)) n++;
        return n;
    }

    static void Main()
    {
        Box<Color> b = new Box<Color>(Color.Green);
        Console.WriteLine(b); // expect: Box(Green)
        Console.WriteLine(b.Value == Color.Green); // expect: True
        Console.WriteLine((int)b.Value); // expect: 1
        Console.WriteLine(Show(Color.Blue)); // expect: Blue
        Console.WriteLine(Show((Color)7)); // expect: 7
        Console.WriteLine(Show(Level.High)); // expect: High
        Console.WriteLine(Max(Color.Red, Color.Blue)); // expect: Blue
        Console.WriteLine(Max(Level.High, Level.Low)); // expect: High
        Color[] cs = { Color.Red, Color.Blue, Color.Red, Color.Green };
        Console.WriteLine(Count(cs, Color.Red)); // expect: 2
        Console.WriteLine(Count(cs, Color.Green)); // expect: 1
        Box<Level> lb = new Box<Level>(default(Level));
        Console.WriteLine(lb); // expect: Box(0)
        Console.WriteLine(typeof(Box<Color>)); // expect: Box`1[Color]
        object o = b.Value;
        Console.WriteLine(o.GetType().Name + " " + (o is Color) + " " + (o is int)); // expect: Color True False
    }
}
