// A double literal cannot be assigned to a float without the F suffix.
using System;

class Program
{
    static void Main()
    {
        float f = 1.5; // error CS0664
        Console.WriteLine(f);
    }
}
