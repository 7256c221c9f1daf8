// Two pattern variables with the same name in one condition clash.
using System;

class Program
{
    static void Main()
    {
        object a = 1, b = 2;
        if (a is int x && b is int x) // error CS0128
            Console.WriteLine(x);
    }
}
