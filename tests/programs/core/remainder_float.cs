// % on negative integers takes the dividend's sign; % on floats is fmod.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(7 % 3); // expect: 1
        Console.WriteLine(-7 % 3); // expect: -1
        Console.WriteLine(7 % -3); // expect: 1
        Console.WriteLine(-7 % -3); // expect: -1
        Console.WriteLine(-7 / 2); // expect: -3
        Console.WriteLine(5.5 % 2); // expect: 1.5
        Console.WriteLine(-5.5 % 2); // expect: -1.5
        Console.WriteLine(5.5f % 2.5f); // expect: 0.5
        Console.WriteLine(1.0 % 0.0); // expect: NaN
        Console.WriteLine(10.0 % double.PositiveInfinity); // expect: 10
        Console.WriteLine(-9L % 4L); // expect: -1
        int min = int.MinValue;
        Console.WriteLine(min % 1); // expect: 0
    }
}
