// System.Random seeded: the same sequence as .NET Core 3.1's `new Random(seed)` (Knuth's
// subtractive generator), for Next, Next(max), Next(min, max) (also past int.MaxValue's
// range), NextDouble and NextBytes, and the argument checks.
// mono-differs: Mono prints doubles with 15 digits and words ArgumentException messages as "text\nParameter name: p"
using System;
using System.Linq;

class RandomSeeded
{
    static void Main()
    {
        var r = new Random(42);
        Console.WriteLine(r.Next() + " " + r.Next(100) + " " + r.Next(-50, 50) + " " + r.NextDouble() + " " + r.Next(int.MinValue, int.MaxValue)); // expect: 1434747710 14 -38 0.5227642760252413 -361709744
        var b = new byte[5];
        r.NextBytes(b);
        Console.WriteLine(string.Join(",", b)); // expect: 205,59,153,134,158
        Console.WriteLine(new Random(int.MinValue).Next() + " " + new Random(0).Next(10) + " " + new Random(-7).Next()); // expect: 1559595546 7 822959691
        var dice = new Random(2024);
        Console.WriteLine(string.Join(" ", Enumerable.Range(0, 12).Select(_ => dice.Next(1, 7)))); // expect: 1 5 4 4 1 2 5 6 3 4 3 4
        try
        {
            r.Next(5, 1);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.Message); // expect: 'minValue' cannot be greater than maxValue. (Parameter 'minValue')
        }
        try
        {
            r.Next(-1);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.Message); // expect: 'maxValue' must be greater than zero. (Parameter 'maxValue')
        }
        Console.WriteLine(new Random().Next(10) < 10); // expect: True
    }
}
