// Recursive Fibonacci: measures call overhead (prologue/epilogue, argument
// passing, return) and integer add/compare/branch. fib(35) makes ~30 million calls.
using System;

static class Fib
{
    static int F(int n)
    {
        if (n < 2) return n;
        return F(n - 1) + F(n - 2);
    }

    static int Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 35;
        Console.WriteLine(F(n));
        return 0;
    }
}
