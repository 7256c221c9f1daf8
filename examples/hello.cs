using System;

class Program
{
    static int Fib(int n) { return n < 2 ? n : Fib(n - 1) + Fib(n - 2); }

    static void Main(string[] args)
    {
        Console.WriteLine("Hello from Sharp!");
        for (int i = 0; i < args.Length; i++)
            Console.WriteLine("arg " + i + ": " + args[i]);
        Console.WriteLine("fib(25) = " + Fib(25));
    }
}
