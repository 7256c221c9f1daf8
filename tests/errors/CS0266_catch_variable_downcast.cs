// A catch variable of type Exception needs an explicit cast to a derived exception type.
using System;

class Program
{
    static void Main()
    {
        try
        {
            throw new ArgumentException("x");
        }
        catch (Exception e)
        {
            ArgumentException a = e; // error CS0266
            Console.WriteLine(a.ParamName);
        }
    }
}
