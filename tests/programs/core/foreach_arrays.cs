// foreach over arrays and strings; break and continue inside it.
using System;

class Program
{
    static void Main()
    {
        int[] values = { 3, 1, 4, 1, 5, 9, 2, 6 };
        int sum = 0;
        foreach (int v in values)
        {
            if (v == 1) continue;
            if (v == 9) break;
            sum += v;
        }
        Console.WriteLine(sum);     // expect: 12
        long total = 0;
        foreach (long v in values)
            total += v;
        Console.WriteLine(total);   // expect: 31
        string[] words = { "ab", "cd" };
        foreach (var w in words)
            Console.Write(w);
        Console.WriteLine();        // expect: abcd
        int upper = 0;
        foreach (char c in "Hello World")
        {
            if (c >= 'A' && c <= 'Z') upper++;
        }
        Console.WriteLine(upper);   // expect: 2
    }
}
