// After `if (!(o is int n))` without a return, n is not definitely assigned.
using System;

class Program
{
    static void Main()
    {
        object o = 5;
        if (!(o is int n))
            Console.WriteLine("not an int");
        Console.WriteLine(n); // error CS0165
    }
}
