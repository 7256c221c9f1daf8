// `return` inside a try block runs the finally before returning; the returned value is computed first.
using System;

class Program
{
    static int counter;

    static int Get()
    {
        int x = 10;
        try
        {
            Console.WriteLine("try"); // expect: try
            return x;
        }
        finally
        {
            x = 99;
            counter++;
            Console.WriteLine("finally"); // expect: finally
        }
    }

    static void Main()
    {
        int r = Get();
        Console.WriteLine(r); // expect: 10
        Console.WriteLine(counter); // expect: 1
    }
}
