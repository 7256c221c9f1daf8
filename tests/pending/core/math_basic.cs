// Math.Abs Min Max Sqrt Pow Floor Ceiling and Sign.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(Math.Abs(-5)); // expect: 5
        Console.WriteLine(Math.Abs(-2.5)); // expect: 2.5
        Console.WriteLine(Math.Abs(-9000000000L)); // expect: 9000000000
        Console.WriteLine(Math.Min(3, -4)); // expect: -4
        Console.WriteLine(Math.Max(3, -4)); // expect: 3
        Console.WriteLine(Math.Max(1.5, 2)); // expect: 2
        Console.WriteLine(Math.Min(2u, 7u)); // expect: 2
        Console.WriteLine(Math.Sqrt(144)); // expect: 12
        Console.WriteLine(Math.Sqrt(2.25)); // expect: 1.5
        Console.WriteLine(Math.Sqrt(-1)); // expect: NaN
        Console.WriteLine(Math.Pow(2, 10)); // expect: 1024
        Console.WriteLine(Math.Pow(4, 0.5)); // expect: 2
        Console.WriteLine(Math.Pow(10, -2)); // expect: 0.01
        Console.WriteLine(Math.Floor(2.7)); // expect: 2
        Console.WriteLine(Math.Floor(-2.7)); // expect: -3
        Console.WriteLine(Math.Ceiling(2.1)); // expect: 3
        Console.WriteLine(Math.Ceiling(-2.1)); // expect: -2
        Console.WriteLine(Math.Sign(-3.5) + " " + Math.Sign(0) + " " + Math.Sign(8L)); // expect: -1 0 1
        Console.WriteLine(Math.Truncate(-2.9)); // expect: -2
    }
}
