// int.Parse(null) raises ArgumentNullException, which is not a FormatException.
using System;

class Program
{
    static void Main()
    {
        string s = null;
        try
        {
            int.Parse(s);
        }
        catch (FormatException)
        {
            Console.WriteLine("wrong: format");
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("null: " + e.GetType().Name); // expect: null: ArgumentNullException
        }
    }
}
