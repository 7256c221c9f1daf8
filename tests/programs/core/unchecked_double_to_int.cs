// Out-of-range double to int in unchecked code gives the x64 "integer indefinite" value (CoreCLR 3.1).
// Note: .NET 9+ saturates these conversions instead (int.MaxValue); the expectations follow CoreCLR 3.1.
using System;

class Program
{
    static void Main()
    {
        double d = 3.9e10;
        Console.WriteLine(unchecked((int)d)); // expect: -2147483648
        double n = -3.9e10;
        Console.WriteLine(unchecked((int)n)); // expect: -2147483648
        double nan = double.NaN;
        Console.WriteLine(unchecked((int)nan)); // expect: -2147483648
        double e = 3.9e10;
        Console.WriteLine(unchecked((long)e)); // expect: 39000000000
        Console.WriteLine(unchecked((int)(long)e)); // expect: 345294336
    }
}
