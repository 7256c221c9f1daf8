// exit: 3
using System;

class Program
{
    static int Compute() { return 10 % 7; }

    static int Main()
    {
        Console.WriteLine("exiting"); // expect: exiting
        return Compute();
    }
}
