// `catch (Exception e)` catches every exception type; e refers to the thrown object.
using System;

class Program
{
    static void Check(int i)
    {
        try
        {
            if (i == 0) throw new ArgumentException("arg");
            if (i == 1) throw new InvalidOperationException("op");
            if (i == 2) throw new NotSupportedException("ns");
            Console.WriteLine("no throw");
        }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
    }

    static void Main()
    {
        Check(0); // expect: ArgumentException: arg
        Check(1); // expect: InvalidOperationException: op
        Check(2); // expect: NotSupportedException: ns
        Check(3); // expect: no throw
    }
}
