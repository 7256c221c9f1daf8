// An assignment through a property or indexer setter has the assigned value
// (C# spec §12.21.2): `return d[i] = v;`, chained `a = p.X = 3`, and
// arguments. The setter runs once, after the receiver and index.
using System;

interface IStore
{
    object this[int i] { get; set; }
}

class Store : IStore
{
    public object this[int i]
    {
        get { return null; }
        set { Console.WriteLine("set [" + i + "] = " + value); }
    }
}

class Point
{
    int x;
    public int X
    {
        get { return x; }
        set { Console.WriteLine("X = " + value); x = value; }
    }
    public static string Label { get; set; }
}

class Program
{
    static int Index(int i) { Console.WriteLine("index " + i); return i; }

    static object Put(IStore s, int i, object v) { return s[Index(i)] = v; }

    static void Main()
    {
        Console.WriteLine(Put(new Store(), 1, "one"));
        var p = new Point();
        int a = p.X = 3;
        Console.WriteLine(a + p.X);
        Console.WriteLine(Point.Label = "static");
        long wide = p.X = 7;
        Console.WriteLine(wide);
        byte b = 200;
        Console.WriteLine(p.X = b);
    }
}

// expect: index 1
// expect: set [1] = one
// expect: one
// expect: X = 3
// expect: 6
// expect: static
// expect: X = 7
// expect: 7
// expect: X = 200
// expect: 200
