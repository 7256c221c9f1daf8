// int.Parse of a non-number throws System.FormatException.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(int.Parse("10")); // expect: 10
        try
        {
            int.Parse("99999999999");
        }
        catch (OverflowException)
        {
            Console.WriteLine("too big"); // expect: too big
        }
        int bad = int.Parse("ten"); // throws: System.FormatException
        Console.WriteLine(bad);
    }
}
