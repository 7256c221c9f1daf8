// Math.Sin Cos Tan Atan2 Exp Log Log10 and the constants PI and E.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(Math.PI.ToString("F5")); // expect: 3.14159
        Console.WriteLine(Math.E.ToString("F5")); // expect: 2.71828
        Console.WriteLine(Math.Sin(0)); // expect: 0
        Console.WriteLine(Math.Cos(0)); // expect: 1
        Console.WriteLine(Math.Sin(Math.PI / 2)); // expect: 1
        Console.WriteLine(Math.Round(Math.Sin(Math.PI), 10)); // expect: 0
        Console.WriteLine(Math.Tan(Math.PI / 4).ToString("F6")); // expect: 1.000000
        Console.WriteLine(Math.Atan2(1, 1) * 4 == Math.PI); // expect: True
        Console.WriteLine(Math.Atan2(-1, -1).ToString("F4")); // expect: -2.3562
        Console.WriteLine(Math.Exp(0)); // expect: 1
        Console.WriteLine(Math.Exp(1) == Math.E); // expect: True
        Console.WriteLine(Math.Log(Math.E)); // expect: 1
        Console.WriteLine(Math.Log(1)); // expect: 0
        Console.WriteLine(Math.Log(0)); // expect: -Infinity
        Console.WriteLine(Math.Log10(1000)); // expect: 3
        Console.WriteLine(Math.Log(8, 2)); // expect: 3
        Console.WriteLine(Math.Cos(1).ToString("F5")); // expect: 0.54030
    }
}
