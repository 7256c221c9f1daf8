// A where clause on a method that has no type parameters.
using System;

class Program
{
    static void Show(object o) where T : class // error CS0080
    {
        Console.WriteLine(o);
    }

    static void Main()
    {
        Show("x");
    }
}
