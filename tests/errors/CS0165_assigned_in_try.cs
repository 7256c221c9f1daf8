// A variable assigned only inside a try block is not definitely assigned after the try/catch.
using System;

class Program
{
    static void Main()
    {
        int n;
        try
        {
            n = int.Parse("5");
        }
        catch (FormatException)
        {
            Console.WriteLine("bad");
        }
        Console.WriteLine(n); // error CS0165
    }
}
