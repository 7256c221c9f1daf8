// out parameters: TryDivide, several outs, out var declarations, int.TryParse with out int.
using System;

class Program
{
    static bool TryDivide(int a, int b, out int quotient, out int remainder)
    {
        if (b == 0)
        {
            quotient = 0;
            remainder = 0;
            return false;
        }
        quotient = a / b;
        remainder = a % b;
        return true;
    }

    static void MinMax(int[] xs, out int min, out int max)
    {
        min = int.MaxValue;
        max = int.MinValue;
        foreach (int x in xs)
        {
            if (x < min) min = x;
            if (x > max) max = x;
        }
    }

    static void Main()
    {
        int q, r;
        Console.WriteLine(TryDivide(17, 5, out q, out r)); // expect: True
        Console.WriteLine(q + " " + r); // expect: 3 2
        Console.WriteLine(TryDivide(1, 0, out q, out r) + " " + q); // expect: False 0
        if (TryDivide(-9, 4, out var q2, out int r2)) Console.WriteLine(q2 + " " + r2); // expect: -2 -1
        MinMax(new[] { 4, -2, 9, 0 }, out int lo, out int hi);
        Console.WriteLine(lo + ".." + hi); // expect: -2..9
        Console.WriteLine(int.TryParse("12", out int n)); // expect: True
        Console.WriteLine(n + 1); // expect: 13
        Console.WriteLine(int.TryParse("x12", out n)); // expect: False
        Console.WriteLine(n); // expect: 0
        int[] arr = new int[1];
        TryDivide(8, 3, out arr[0], out _);
        Console.WriteLine(arr[0]); // expect: 2
    }
}
