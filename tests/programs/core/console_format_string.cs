// Console.WriteLine and Console.Write with composite format strings and arguments.
using System;

class Program
{
    static void Main()
    {
        int a = 2, b = 3;
        Console.WriteLine("{0} + {1} = {2}", a, b, a + b); // expect: 2 + 3 = 5
        Console.WriteLine("{0}", "one"); // expect: one
        Console.WriteLine("{0}-{1}", 'x', true); // expect: x-True
        Console.WriteLine("{0,4}|{1,-4}|{2:F1}", 7, "ab", 2.26); // expect:    7|ab  |2.3
        Console.WriteLine("{0} {1} {2} {3} {4}", 1, 2, 3, 4, 5); // expect: 1 2 3 4 5
        Console.Write("{0}/{1}", 10, 20);
        Console.WriteLine(); // expect: 10/20
        Console.WriteLine("{1}{0}", "a", "b"); // expect: ba
        Console.WriteLine("{0:X}", 3054); // expect: BEE
        Console.WriteLine("literal {{0}}", 9); // expect: literal {0}
    }
}
