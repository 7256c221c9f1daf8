// Object initializers: `new T { F = ..., P = ... }` runs the constructor first, then the assignments in order.
using System;

class Options
{
    public string Name = "default";
    public int Size;
    private bool verbose;
    public bool Verbose { get { return verbose; } set { Console.WriteLine("set Verbose"); verbose = value; } }
    public Options() { Console.WriteLine("ctor"); }
    public Options(int size) { Size = size; Console.WriteLine("ctor(int)"); }
}

struct Pt { public int X, Y; }

class Program
{
    static void Main()
    {
        Options o = new Options { Name = "x", Verbose = true };
        // expect: ctor
        // expect: set Verbose
        Console.WriteLine(o.Name + " " + o.Size + " " + o.Verbose); // expect: x 0 True
        Options p = new Options(5) { Name = "y" }; // expect: ctor(int)
        Console.WriteLine(p.Name + p.Size);        // expect: y5
        Pt q = new Pt { Y = 4 };
        Console.WriteLine(q.X + "," + q.Y);        // expect: 0,4
    }
}
