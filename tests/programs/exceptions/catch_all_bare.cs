// A bare `catch { }` clause catches any exception, including runtime-raised ones.
using System;

class Program
{
    static void Main()
    {
        int zero = 0;
        try
        {
            Console.WriteLine(10 / zero);
        }
        catch
        {
            Console.WriteLine("caught something"); // expect: caught something
        }
        try
        {
            throw new FormatException();
        }
        catch
        {
            Console.WriteLine("caught again"); // expect: caught again
        }
        Console.WriteLine("done"); // expect: done
    }
}
