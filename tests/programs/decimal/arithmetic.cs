// decimal arithmetic (C# §8.3.8): a 96-bit coefficient with a scale, so results keep the
// decimals their operands had; division rounds to 28-29 significant digits, half to even.
using System;

class DecimalArithmetic
{
    static decimal Half(decimal d) { return d / 2; }

    static void Main()
    {
        decimal a = 1.50m, b = 2.25m;
        Console.WriteLine(a + b); // expect: 3.75
        Console.WriteLine(a - b); // expect: -0.75
        Console.WriteLine(a * b); // expect: 3.3750
        Console.WriteLine(a / b); // expect: 0.6666666666666666666666666667
        Console.WriteLine(b % a); // expect: 0.75
        Console.WriteLine(1.0m * 2.00m); // expect: 2.000
        Console.WriteLine(1m / 3m); // expect: 0.3333333333333333333333333333
        Console.WriteLine(2m / 3m); // expect: 0.6666666666666666666666666667
        Console.WriteLine(1.00m / 1m); // expect: 1.00
        Console.WriteLine(10m / 4m); // expect: 2.5
        Console.WriteLine(0.1m + 0.2m == 0.3m); // expect: True
        Console.WriteLine(0.1 + 0.2 == 0.3); // expect: False
        decimal total = 0;
        for (int i = 0; i < 10; i++) total += 0.1m;
        Console.WriteLine(total); // expect: 1.0
        decimal price = 19.99m;
        int qty = 3;
        Console.WriteLine(price * qty); // expect: 59.97
        Console.WriteLine(qty * price + 1); // expect: 60.97
        long big = 123456789012345L;
        Console.WriteLine(big * 1000m); // expect: 123456789012345000
        decimal c = 5m;
        c++;
        Console.WriteLine(c); // expect: 6
        c--;
        c--;
        Console.WriteLine(c); // expect: 4
        Console.WriteLine(c++ + " " + ++c); // expect: 4 6
        c -= 0.5m;
        c *= 2;
        c /= 3;
        Console.WriteLine(c); // expect: 3.6666666666666666666666666667
        Console.WriteLine(-a); // expect: -1.50
        Console.WriteLine(+b); // expect: 2.25
        Console.WriteLine(Half(7m)); // expect: 3.5
        Console.WriteLine(a < b); // expect: True
        Console.WriteLine(a >= b); // expect: False
        Console.WriteLine(1.0m == 1.00m); // expect: True
        Console.WriteLine(1.0m != 1m); // expect: False
        Console.WriteLine(decimal.MaxValue); // expect: 79228162514264337593543950335
        Console.WriteLine(decimal.MinValue); // expect: -79228162514264337593543950335
        Console.WriteLine(decimal.MaxValue / 10); // expect: 7922816251426433759354395033.5
        Console.WriteLine(1m / 7m * 7m); // expect: 1.0000000000000000000000000003
        Console.WriteLine(123456789.123456789m * 987654321.987654321m); // expect: 121932631356500531.34720316911
        Console.WriteLine(0.0000000000000000000000000001m / 3); // expect: 0
        Console.WriteLine(-7.5m % 2m); // expect: -1.5
        Console.WriteLine(7.5m % -2m); // expect: 1.5
        Console.WriteLine(1e-5m); // expect: 0.00001
        Console.WriteLine(1.5e3m); // expect: 1500
        Console.WriteLine(0.000m); // expect: 0.000
        Console.WriteLine(-0.0m); // expect: 0.0
        decimal[] arr = { 3.5m, 1.25m, 2m };
        Array.Sort(arr);
        Console.WriteLine(string.Join(",", arr)); // expect: 1.25,2,3.5
        decimal sum = 0;
        foreach (decimal x in arr) sum += x;
        Console.WriteLine(sum); // expect: 6.75
        decimal? n = 2.5m;
        decimal? none = null;
        Console.WriteLine(n + 1); // expect: 3.5
        Console.WriteLine((none + 1) == null); // expect: True
        Console.WriteLine(n > 2m); // expect: True
        object boxed = 4.20m;
        Console.WriteLine(boxed); // expect: 4.20
        Console.WriteLine(boxed.Equals(4.2m)); // expect: True
        Console.WriteLine(4.2m.GetHashCode() == 4.20m.GetHashCode()); // expect: True
        Console.WriteLine(1.5m.CompareTo(2m) + " " + decimal.Compare(3m, 2m)); // expect: -1 1
    }
}
