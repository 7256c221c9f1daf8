// An unhandled InvalidOperationException thrown from a nested call, after its finally blocks print.
using System;

class Program
{
    static void Step()
    {
        try
        {
            Console.WriteLine("step");
            throw new InvalidOperationException("state is broken"); // throws: System.InvalidOperationException
        }
        catch (ArgumentException)
        {
            Console.WriteLine("wrong handler");
        }
    }

    static void Main()
    {
        Console.WriteLine("start"); // expect: start
        // expect: step
        Step();
        Console.WriteLine("not reached");
    }
}
