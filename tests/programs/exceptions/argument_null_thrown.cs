// Throwing and catching ArgumentNullException from a guard clause; ParamName identifies the argument.
using System;

class Program
{
    static int Length(string s)
    {
        if (s == null) throw new ArgumentNullException("s");
        return s.Length;
    }

    static void Main()
    {
        Console.WriteLine(Length("abc")); // expect: 3
        try
        {
            Length(null);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine(e.ParamName); // expect: s
        }
        try
        {
            Length(null);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("as ArgumentException: " + e.GetType().Name); // expect: as ArgumentException: ArgumentNullException
        }
    }
}
