// The "P" format: multiplied by 100, with the culture's percent pattern.
// This relies on the invariant culture (LANG=C.UTF-8), whose pattern is "n %"; en-US prints "25.6%".
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(0.256.ToString("P1")); // expect: 25.6 %
        Console.WriteLine(0.5.ToString("P0")); // expect: 50 %
        Console.WriteLine(1.0.ToString("P")); // expect: 100.00 %
    }
}
