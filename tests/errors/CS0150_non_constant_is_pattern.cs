// `x is y` with y a local is a constant pattern, and y is not a constant.
using System;

class Program
{
    static void Main()
    {
        int expected = 4;
        int actual = 4;
        if (actual is expected) // error CS0150
            Console.WriteLine("same");
    }
}
