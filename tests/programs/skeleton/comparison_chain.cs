using System;

class Program
{
    static string Classify(int score)
    {
        if (score >= 90) return "A";
        else if (score >= 80) return "B";
        else if (score >= 70) return "C";
        else if (score >= 60) return "D";
        else return "F";
    }

    static bool InRange(int x, int lo, int hi) { return lo <= x && x <= hi; }

    static void Main()
    {
        Console.WriteLine(Classify(95) + Classify(80) + Classify(79) + Classify(60) + Classify(-5)); // expect: ABCDF
        Console.WriteLine(InRange(5, 1, 10)); // expect: True
        Console.WriteLine(InRange(11, 1, 10)); // expect: False
        Console.WriteLine(InRange(-2147483648, -2147483648, 0)); // expect: True
        int a = 3;
        int b = 3;
        Console.WriteLine(a < b); // expect: False
        Console.WriteLine(a <= b); // expect: True
        Console.WriteLine(a > b); // expect: False
        Console.WriteLine(a >= b); // expect: True
        Console.WriteLine(a == b); // expect: True
        Console.WriteLine(a != b); // expect: False
        // Signed comparison: a negative int is less than a positive one.
        int neg = -1;
        Console.WriteLine(neg < 1); // expect: True
        long big = 5000000000;
        Console.WriteLine(a < big); // expect: True
        Console.WriteLine(big > 2147483647); // expect: True
        long l = 3;
        Console.WriteLine(a == l); // expect: True
        bool t = true;
        bool f = false;
        Console.WriteLine(t == f); // expect: False
        Console.WriteLine(t != f); // expect: True
        Console.WriteLine((a < b) == (b < a)); // expect: True
    }
}
