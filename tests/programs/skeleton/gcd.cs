using System;

class Program
{
    static int GcdRec(int a, int b) { return b == 0 ? a : GcdRec(b, a % b); }

    static long GcdLoop(long a, long b)
    {
        while (b != 0)
        {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    static long Lcm(long a, long b) { return a / GcdLoop(a, b) * b; }

    static void Main()
    {
        Console.WriteLine(GcdRec(48, 18)); // expect: 6
        Console.WriteLine(GcdRec(17, 5)); // expect: 1
        Console.WriteLine(GcdRec(0, 9)); // expect: 9
        Console.WriteLine(GcdRec(1071, 462)); // expect: 21
        Console.WriteLine(GcdLoop(1000000000000, 250000000)); // expect: 250000000
        Console.WriteLine(GcdLoop(832040, 514229)); // expect: 1
        long l = 1;
        for (int i = 1; i <= 20; i++) l = Lcm(l, i);
        Console.WriteLine(l); // expect: 232792560
    }
}
