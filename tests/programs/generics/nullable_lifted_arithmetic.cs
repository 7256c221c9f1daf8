// Lifted arithmetic and bitwise operators on nullable ints and doubles: any null operand gives null; ++, compound assignment and unary minus.
using System;

class Program
{
    static string S(int? x) { return x.HasValue ? x.Value.ToString() : "null"; }
    static string D(double? x) { return x.HasValue ? x.Value.ToString() : "null"; }

    static void Main()
    {
        int? a = 10, b = 3, n = null;
        Console.WriteLine(S(a + b)); // expect: 13
        Console.WriteLine(S(a - b)); // expect: 7
        Console.WriteLine(S(a * b)); // expect: 30
        Console.WriteLine(S(a / b)); // expect: 3
        Console.WriteLine(S(a % b)); // expect: 1
        Console.WriteLine(S(a + n)); // expect: null
        Console.WriteLine(S(n * 0)); // expect: null
        Console.WriteLine(S(-a)); // expect: -10
        Console.WriteLine(S(-n)); // expect: null
        Console.WriteLine(S(a & 6)); // expect: 2
        Console.WriteLine(S(a | n)); // expect: null
        Console.WriteLine(S(a ^ b)); // expect: 9
        Console.WriteLine(S(~a)); // expect: -11
        Console.WriteLine(S(a << 2)); // expect: 40
        Console.WriteLine(S(a >> n)); // expect: null
        int plain = 5;
        Console.WriteLine(S(plain + a)); // expect: 15
        Console.WriteLine(S(plain + n)); // expect: null
        a++;
        Console.WriteLine(S(a)); // expect: 11
        n++;
        Console.WriteLine(S(n)); // expect: null
        a += 4;
        Console.WriteLine(S(a)); // expect: 15
        a *= n;
        Console.WriteLine(S(a)); // expect: null
        double? x = 1.5, y = null;
        Console.WriteLine(D(x * 2)); // expect: 3
        Console.WriteLine(D(x + y)); // expect: null
        long? big = b * 1000000000L;
        Console.WriteLine(big); // expect: 3000000000
        try
        {
            int? zero = 0;
            Console.WriteLine(S(b / zero));
        }
        catch (DivideByZeroException) { Console.WriteLine("DivideByZeroException"); } // expect: DivideByZeroException
        Console.WriteLine(S(n / 0)); // expect: null
    }
}
