// Interpolation with format specifiers: {d:F2}, {n:X4}, {n:D5}, {v:N0}, {e:E2}.
using System;

class Program
{
    static void Main()
    {
        double d = 3.14159;
        int n = 255;
        Console.WriteLine($"{d:F2}"); // expect: 3.14
        Console.WriteLine($"{n:X4}"); // expect: 00FF
        Console.WriteLine($"{n:x}"); // expect: ff
        Console.WriteLine($"{n:D5}"); // expect: 00255
        Console.WriteLine($"{1234567:N0}"); // expect: 1,234,567
        Console.WriteLine($"{12345.678:E2}"); // expect: 1.23E+004
        Console.WriteLine($"{d:0.0}"); // expect: 3.1
        Console.WriteLine($"{1.23456:F3} {9.99:F0}"); // expect: 1.235 10
        Console.WriteLine($"{-1:X}"); // expect: FFFFFFFF
        Console.WriteLine($"{0.5:F3}"); // expect: 0.500
        long big = 1L << 40;
        Console.WriteLine($"{big:N0}"); // expect: 1,099,511,627,776
    }
}
