// A finally block runs after the try block completes normally, and after a catch that handled an exception.
using System;

class Program
{
    static void Main()
    {
        try
        {
            Console.WriteLine("try 1"); // expect: try 1
        }
        finally
        {
            Console.WriteLine("finally 1"); // expect: finally 1
        }
        try
        {
            Console.WriteLine("try 2"); // expect: try 2
            throw new Exception();
        }
        catch (Exception)
        {
            Console.WriteLine("catch 2"); // expect: catch 2
        }
        finally
        {
            Console.WriteLine("finally 2"); // expect: finally 2
        }
        Console.WriteLine("end"); // expect: end
    }
}
