// An indexer's optional parameters fill in for both accessors, and named
// arguments may reorder them: c[a: 1, c: 2, b: 3] = v; c[1].
using System;

class Grid
{
    int last;

    public int this[int a, int b = 1, int c = 2]
    {
        get { return last + a; }
        set { last = a * 500 + b * 50 + c; Console.WriteLine("set " + a + " " + b + " " + c + " = " + value); }
    }

    public string this[string key, string suffix = "!"]
    {
        get { return key + suffix; }
    }
}

class Program
{
    static void Main()
    {
        var g = new Grid();
        g[a: 1, c: 2, b: 3] = 1;
        Console.WriteLine(g[1]);
        g[4] = 9;
        Console.WriteLine(g[0, c: 0]);
        Console.WriteLine(g["hi"] + g["yo", "?"]);
    }
}

// expect: set 1 3 2 = 1
// expect: 653
// expect: set 4 1 2 = 9
// expect: 2052
// expect: hi!yo?
