// Uses lib.dll's struct by value, its operators and implicit conversion, its extension method, and boxes it
// to the library's interface.
using System;
using Geo;

class Program
{
    static void Main()
    {
        Vec a = new Vec(1, -2);
        Vec b = a;
        b.Flip();
        Console.WriteLine(a + " " + b);
        Console.WriteLine(a + b == 0);
        Vec c = 3;
        Console.WriteLine(c.Twice());
        IMeasured m = a;
        a.Flip();
        Console.WriteLine(m.Length() + " " + m);
        Console.WriteLine(a.Equals(b));
    }
}
