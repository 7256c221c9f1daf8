// int.Parse, long.Parse and double.Parse on valid input, including signs and surrounding spaces.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(int.Parse("42") + 1); // expect: 43
        Console.WriteLine(int.Parse("-17")); // expect: -17
        Console.WriteLine(int.Parse("+8")); // expect: 8
        Console.WriteLine(int.Parse("  99  ")); // expect: 99
        Console.WriteLine(int.Parse("2147483647")); // expect: 2147483647
        Console.WriteLine(long.Parse("9000000000") * 2); // expect: 18000000000
        Console.WriteLine(long.Parse("-9223372036854775808")); // expect: -9223372036854775808
        Console.WriteLine(double.Parse("3.5") * 2); // expect: 7
        Console.WriteLine(double.Parse("-1e3")); // expect: -1000
        Console.WriteLine(double.Parse("0.1") + double.Parse("0.2") == 0.3); // expect: False
        Console.WriteLine(byte.Parse("255")); // expect: 255
        Console.WriteLine(uint.Parse("4294967295")); // expect: 4294967295
        Console.WriteLine(bool.Parse("true")); // expect: True
        Console.WriteLine(char.Parse("z")); // expect: z
    }
}
