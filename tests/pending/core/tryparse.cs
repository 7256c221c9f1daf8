// TryParse returns false and 0 on invalid or out-of-range input instead of throwing.
using System;

class Program
{
    static void Main()
    {
        int n;
        Console.WriteLine(int.TryParse("123", out n) + " " + n); // expect: True 123
        Console.WriteLine(int.TryParse("12a", out n) + " " + n); // expect: False 0
        Console.WriteLine(int.TryParse("", out n)); // expect: False
        Console.WriteLine(int.TryParse(null, out n)); // expect: False
        Console.WriteLine(int.TryParse("2147483648", out n)); // expect: False
        Console.WriteLine(int.TryParse("1.5", out n)); // expect: False
        Console.WriteLine(long.TryParse("2147483648", out long l) + " " + l); // expect: True 2147483648
        Console.WriteLine(double.TryParse("2.25", out double d) + " " + d); // expect: True 2.25
        Console.WriteLine(double.TryParse("abc", out d) + " " + d); // expect: False 0
        Console.WriteLine(byte.TryParse("256", out byte b) + " " + b); // expect: False 0
        Console.WriteLine(bool.TryParse("False", out bool f) + " " + f); // expect: True False
        string[] inputs = { "5", "x", "-3" };
        int sum = 0;
        foreach (string s in inputs) if (int.TryParse(s, out int v)) sum += v;
        Console.WriteLine(sum); // expect: 2
    }
}
