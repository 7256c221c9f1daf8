// Closures are not supported yet: a lambda or anonymous method that uses a
// local or a parameter of the enclosing method is reported, not compiled.
using System;

class Program
{
    static Func<int, int> Adder(int step)
    {
        return x => x + step; // error CS8652
    }

    static void Main()
    {
        int offset = 10;
        Func<int, int> add = x => x + offset; // error CS8652
        Action show = delegate { Console.WriteLine(offset); }; // error CS8652
        Console.WriteLine(add(1) + Adder(2)(3));
        show();
    }
}
