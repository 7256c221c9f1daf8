// Integer division by zero throws System.DivideByZeroException.
using System;

class Program
{
    static void Main()
    {
        int a = 10;
        int zero = 0;
        Console.WriteLine(a / 3); // expect: 3
        try
        {
            Console.WriteLine(a % zero);
        }
        catch (DivideByZeroException)
        {
            Console.WriteLine("caught %"); // expect: caught %
        }
        Console.WriteLine(a / zero); // throws: System.DivideByZeroException
    }
}
