// mcs-differs: mcs 6.8 rejects a switch on decimal, which C# 7 allows (constant patterns)
// A switch on decimal compares with each case's constant by value (1.50m matches 1.5m).
using System;

class DecimalSwitch
{
    static string Describe(decimal d)
    {
        switch (d)
        {
            case 0m: return "zero";
            case 1.5m: return "one and a half";
            case -12.50m: return "minus twelve and a half";
            default: return "other";
        }
    }

    static void Main()
    {
        Console.WriteLine(Describe(1.50m) + ", " + Describe(0.00m) + ", " + Describe(-12.5m) + ", " + Describe(2m));  // expect: one and a half, zero, minus twelve and a half, other
    }
}
