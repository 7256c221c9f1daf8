// `return` inside a catch block runs the finally before the method returns.
using System;

class Program
{
    static string Classify(int d)
    {
        try
        {
            int q = 10 / d;
            return "quotient " + q;
        }
        catch (DivideByZeroException)
        {
            Console.WriteLine("catch");
            return "division by zero";
        }
        finally
        {
            Console.WriteLine("finally " + d);
        }
    }

    static void Main()
    {
        Console.WriteLine(Classify(0));
        // expect: catch
        // expect: finally 0
        // expect: division by zero
        Console.WriteLine(Classify(5));
        // expect: finally 5
        // expect: quotient 2
    }
}
