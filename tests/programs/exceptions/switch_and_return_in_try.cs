// A return inside a switch inside a try/finally, and a throw from a switch case, both run the finally.
using System;

class Program
{
    static string Name(int k)
    {
        try
        {
            switch (k)
            {
                case 1: return "one";
                case 2: return "two";
                default: throw new ArgumentOutOfRangeException("k");
            }
        }
        finally
        {
            Console.WriteLine("finally " + k);
        }
    }

    static void Main()
    {
        Console.WriteLine(Name(1));
        // expect: finally 1
        // expect: one
        try
        {
            Console.WriteLine(Name(9));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("caught " + e.ParamName);
        }
        // expect: finally 9
        // expect: caught k
    }
}
