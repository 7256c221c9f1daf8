// A local in a nested block may not reuse the name of a parameter.
using System;

class Program
{
    static void Show(int n)
    {
        if (n > 0)
        {
            int n = 2; // error CS0136
            Console.WriteLine(n);
        }
    }

    static void Main()
    {
        Show(1);
    }
}
