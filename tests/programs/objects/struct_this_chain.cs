// A struct constructor may chain to `: this()`, the implicit parameterless
// constructor, which zeroes every field first; or to another constructor.
using System;

struct Complex
{
    public double Re, Im;
    public string Tag;

    public Complex(double re) : this()
    {
        Re = re;
    }

    public Complex(double re, double im) : this(re)
    {
        Im = im;
    }

    public Complex(string tag) : this()
    {
        Console.WriteLine("before: " + Re + " " + Im + " " + (Tag == null));
        Tag = tag;
    }
}

class Program
{
    static void Main()
    {
        var a = new Complex(1.5);
        var b = new Complex(2, 3);
        var c = new Complex("t");
        Console.WriteLine(a.Re + " " + a.Im);
        Console.WriteLine(b.Re + " " + b.Im);
        Console.WriteLine(c.Tag + " " + c.Re);
        c = new Complex(4);
        Console.WriteLine(c.Re + " " + (c.Tag == null));
    }
}

// expect: before: 0 0 True
// expect: 1.5 0
// expect: 2 3
// expect: t 0
// expect: 4 True
