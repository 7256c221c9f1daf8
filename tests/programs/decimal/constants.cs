// decimal constants: `const decimal` fields and locals folded at compile time with the
// runtime's arithmetic, decimal's own constants, default parameter values and switch cases.
using System;

class DecimalConstants
{
    const decimal Rate = 0.075m;
    const decimal Third = 1m / 3;
    const decimal Scaled = Rate * 100 + 1;
    public const decimal Limit = -12.50m;
    static readonly decimal Computed = Rate * 2;

    static decimal WithTax(decimal amount, decimal rate = 0.2m) { return amount * (1 + rate); }

    static string Describe(decimal d)
    {
        if (d == 0m) return "zero";
        if (d == 1.5m) return "one and a half";
        if (d == Limit) return "limit";
        return "other";
    }

    static void Main()
    {
        const decimal local = 2.50m * 2;
        Console.WriteLine(Rate); // expect: 0.075
        Console.WriteLine(Third); // expect: 0.3333333333333333333333333333
        Console.WriteLine(Scaled); // expect: 8.500
        Console.WriteLine(Limit); // expect: -12.50
        Console.WriteLine(Computed); // expect: 0.150
        Console.WriteLine(local); // expect: 5.00
        Console.WriteLine(WithTax(100m)); // expect: 120.0
        Console.WriteLine(WithTax(100m, 0.05m)); // expect: 105.00
        Console.WriteLine(Describe(1.50m) + " " + Describe(0.00m) + " " + Describe(Limit) + " " + Describe(2m)); // expect: one and a half zero limit other
        Console.WriteLine(decimal.Zero + " " + decimal.One + " " + decimal.MinusOne); // expect: 0 1 -1
        Console.WriteLine((int)Rate + " " + (double)Rate + " " + (decimal)2.5f); // expect: 0 0.075 2.5
    }
}
