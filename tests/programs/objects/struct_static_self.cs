// A struct may hold static fields of its own type (`Complex.Zero`): they
// are not part of its instances, so the type does not contain itself.
using System;

struct Complex
{
    public static readonly Complex Zero = new Complex(0, 0);
    public static readonly Complex One = new Complex(1, 0);
    public static Complex Last;
    public double Re, Im;

    public Complex(double re, double im)
    {
        Re = re;
        Im = im;
    }

    public static Complex operator +(Complex a, Complex b)
    {
        return new Complex(a.Re + b.Re, a.Im + b.Im);
    }

    public override string ToString()
    {
        return "(" + Re + ", " + Im + ")";
    }
}

struct Node
{
    public static Node[] Pool = new Node[2];
    public int Value;
}

class Program
{
    static void Main()
    {
        Console.WriteLine(Complex.Zero);
        Complex.Last = Complex.One + Complex.One + new Complex(0, 5);
        Console.WriteLine(Complex.Last);
        Complex.Last.Im = 9;
        Console.WriteLine(Complex.Last.Im);
        Node.Pool[1].Value = 4;
        Console.WriteLine(Node.Pool[0].Value + Node.Pool[1].Value);
    }
}

// expect: (0, 0)
// expect: (2, 5)
// expect: 9
// expect: 4
