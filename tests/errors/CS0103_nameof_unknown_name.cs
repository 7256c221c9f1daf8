// nameof still needs its operand to name something that exists.
using System;

class Program
{
    static void Main()
    {
        int count = 1;
        Console.WriteLine(nameof(count));
        Console.WriteLine(nameof(cuont)); // error CS0103
    }
}
