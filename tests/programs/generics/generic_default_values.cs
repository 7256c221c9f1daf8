// default(T) for value types, reference types, structs and generic structs, both directly and through generic code.
using System;

struct Point
{
    public int X, Y;
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}

struct Tagged<T>
{
    public T Item;
    public bool Flag;
}

class Program
{
    static T Def<T>() { return default(T); }
    static string Show<T>()
    {
        T d = default(T);
        return d == null ? "null" : d.ToString();
    }
    static bool IsDefault<T>(T x) { return object.Equals(x, default(T)); }

    static void Main()
    {
        Console.WriteLine(Def<int>()); // expect: 0
        Console.WriteLine(Def<long>()); // expect: 0
        Console.WriteLine(Def<double>()); // expect: 0
        Console.WriteLine(Def<bool>()); // expect: False
        Console.WriteLine((int)Def<char>()); // expect: 0
        Console.WriteLine(Def<string>() == null); // expect: True
        Console.WriteLine(Def<object>() == null); // expect: True
        Console.WriteLine(Def<int[]>() == null); // expect: True
        Console.WriteLine(Def<Point>()); // expect: (0,0)
        Console.WriteLine(Def<Tagged<string>>().Item == null); // expect: True
        Console.WriteLine(Def<Tagged<int>>().Flag); // expect: False
        Console.WriteLine(Show<int>()); // expect: 0
        Console.WriteLine(Show<string>()); // expect: null
        Console.WriteLine(Show<Point>()); // expect: (0,0)
        Console.WriteLine(Show<decimal>()); // expect: 0
        Console.WriteLine(Show<DayOfWeek>()); // expect: Sunday
        Console.WriteLine(IsDefault(0)); // expect: True
        Console.WriteLine(IsDefault(1)); // expect: False
        Console.WriteLine(IsDefault<string>(null)); // expect: True
        Console.WriteLine(IsDefault("")); // expect: False
        Console.WriteLine(IsDefault(new Point())); // expect: True
        Point p = new Point();
        p.Y = 1;
        Console.WriteLine(IsDefault(p)); // expect: False
        int i = default(int);
        string s = default(string);
        Console.WriteLine(i + " " + (s == null)); // expect: 0 True
    }
}
