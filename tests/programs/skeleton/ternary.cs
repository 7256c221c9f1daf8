using System;

class Program
{
    static int Abs(int x) { return x < 0 ? -x : x; }

    static string Sign(int x) { return x < 0 ? "negative" : x == 0 ? "zero" : "positive"; }

    static int Max3(int a, int b, int c) { return a > b ? (a > c ? a : c) : (b > c ? b : c); }

    static void Main()
    {
        Console.WriteLine(Abs(-42)); // expect: 42
        Console.WriteLine(Abs(17)); // expect: 17
        Console.WriteLine(Sign(-3)); // expect: negative
        Console.WriteLine(Sign(0)); // expect: zero
        Console.WriteLine(Sign(9)); // expect: positive
        Console.WriteLine(Max3(1, 2, 3)); // expect: 3
        Console.WriteLine(Max3(3, 2, 1)); // expect: 3
        Console.WriteLine(Max3(2, 3, 1)); // expect: 3
        bool flag = false;
        Console.WriteLine(flag ? "yes" : "no"); // expect: no
        Console.WriteLine(!flag ? 1 : 2); // expect: 1
        // An int and a long branch give a long.
        int small = 5;
        long large = 10000000000;
        Console.WriteLine(flag ? small : large); // expect: 10000000000
        Console.WriteLine(!flag ? small : large); // expect: 5
        int n = 0;
        int r = n > 0 ? 100 / n : -1;
        Console.WriteLine(r); // expect: -1
        Console.WriteLine((small > 3 ? "big" : "small") + "!"); // expect: big!
    }
}
