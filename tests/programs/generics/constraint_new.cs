// The new() constraint: creating T instances in generic code, with classes (constructor side effects), structs and combined constraints.
using System;

class Widget
{
    public static int Created;
    public int Id;
    public Widget() { Created++; Id = Created; }
    public override string ToString() { return "Widget#" + Id; }
}

struct Coord
{
    public int X;
    public override string ToString() { return "Coord(" + X + ")"; }
}

class Factory<T> where T : new()
{
    public T Make() { return new T(); }
    public T[] MakeMany(int n)
    {
        T[] r = new T[n];
        for (int i = 0; i < n; i++) r[i] = new T();
        return r;
    }
}

class Program
{
    static T Create<T>() where T : new() { return new T(); }
    static T CreateClass<T>() where T : class, new() { T t = new T(); return t; }

    static void Main()
    {
        Widget w = Create<Widget>();
        Console.WriteLine(w); // expect: Widget#1
        Factory<Widget> f = new Factory<Widget>();
        Console.WriteLine(f.Make()); // expect: Widget#2
        Widget[] ws = f.MakeMany(3);
        Console.WriteLine(ws[0] + " " + ws[2]); // expect: Widget#3 Widget#5
        Console.WriteLine(Widget.Created); // expect: 5
        Console.WriteLine(CreateClass<Widget>()); // expect: Widget#6
        Console.WriteLine(Create<Coord>()); // expect: Coord(0)
        Factory<Coord> fc = new Factory<Coord>();
        Coord[] cs = fc.MakeMany(2);
        cs[1].X = 7;
        Console.WriteLine(cs[0] + " " + cs[1]); // expect: Coord(0) Coord(7)
        Console.WriteLine(Create<int>()); // expect: 0
        Console.WriteLine(Create<double>()); // expect: 0
        Console.WriteLine(Create<object>().GetType()); // expect: System.Object
        Console.WriteLine(new Factory<bool>().Make()); // expect: False
        Console.WriteLine(CreateClass<object>() != null); // expect: True
        Console.WriteLine(Create<Factory<int>>().Make()); // expect: 0
    }
}
