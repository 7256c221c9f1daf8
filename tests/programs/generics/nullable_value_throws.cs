// Reading Value of an empty nullable, or casting it to the underlying type, throws InvalidOperationException; GetValueOrDefault never throws.
using System;

class Program
{
    static int? Maybe(bool has) { return has ? (int?)3 : null; }

    static void Main()
    {
        int? n = null;
        try
        {
            int v = n.Value;
            Console.WriteLine("no exception " + v);
        }
        catch (InvalidOperationException e) { Console.WriteLine("Value: " + e.Message); } // expect: Value: Nullable object must have a value.
        try
        {
            int v = (int)n;
            Console.WriteLine("no exception " + v);
        }
        catch (InvalidOperationException e) { Console.WriteLine("cast: " + e.GetType().Name); } // expect: cast: InvalidOperationException
        try
        {
            Console.WriteLine((int)Maybe(true));
            Console.WriteLine((int)Maybe(false));
        }
        catch (InvalidOperationException) { Console.WriteLine("second cast threw"); }
        // expect: 3
        // expect: second cast threw
        Console.WriteLine(n.GetValueOrDefault()); // expect: 0
        double? d = null;
        try
        {
            Console.WriteLine(d.Value);
        }
        catch (InvalidOperationException) { Console.WriteLine("double? threw"); } // expect: double? threw
        int? ok = 4;
        Console.WriteLine((int)ok + ok.Value); // expect: 8
    }
}
