using System;

class Program
{
    static int FibRec(int n)
    {
        if (n < 2) return n;
        return FibRec(n - 1) + FibRec(n - 2);
    }

    static long FibIter(int n)
    {
        long a = 0;
        long b = 1;
        for (int i = 0; i < n; i++)
        {
            long t = a + b;
            a = b;
            b = t;
        }
        return a;
    }

    static void Main()
    {
        Console.WriteLine(FibRec(0)); // expect: 0
        Console.WriteLine(FibRec(1)); // expect: 1
        Console.WriteLine(FibRec(10)); // expect: 55
        Console.WriteLine(FibRec(25)); // expect: 75025
        Console.WriteLine(FibIter(50)); // expect: 12586269025
        Console.WriteLine(FibIter(90)); // expect: 2880067194370816120
        // F(47) no longer fits in an int: the int version would wrap.
        Console.WriteLine(FibIter(47)); // expect: 2971215073
    }
}
