// The catch variable has the clause's exception type; it does not convert to string.
using System;

class Program
{
    static void Main()
    {
        try
        {
            throw new Exception("x");
        }
        catch (Exception e)
        {
            string s = e; // error CS0029
            Console.WriteLine(s);
        }
    }
}
