// A catch clause after one that catches a base type can never be reached.
using System;

class Program
{
    static void Main()
    {
        try
        {
            Console.WriteLine("x");
        }
        catch (ArgumentException)
        {
            Console.WriteLine("arg");
        }
        catch (ArgumentNullException) // error CS0160
        {
            Console.WriteLine("null");
        }
    }
}
