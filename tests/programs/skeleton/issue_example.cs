// The example program from the issue that introduced the skeleton compiler.
// expect: total = 95
// expect: True
// expect: 6765
// exit: 2
using System;

class Program
{
    static int Fib(int n) { return n < 2 ? n : Fib(n - 1) + Fib(n - 2); }

    static int Main()
    {
        int total = 0;
        for (int i = 0; i < 10; i++)
        {
            if (i % 2 == 0) continue;
            total += i * i;
        }
        while (total > 100) total -= 7;
        bool big = total > 50 && !(total == 60);
        Console.WriteLine("total = " + total);
        Console.WriteLine(big);
        Console.Write(Fib(20));
        Console.WriteLine();
        return total % 3;
    }
}
