// A checked narrowing conversion of an out-of-range value throws System.OverflowException.
using System;

class Program
{
    static void Main()
    {
        int v = 255;
        Console.WriteLine(checked((byte)v)); // expect: 255
        long l = 5000000000;
        Console.WriteLine(unchecked((int)l)); // expect: 705032704
        v = 300;
        byte b = checked((byte)v); // throws: System.OverflowException
        Console.WriteLine(b);
    }
}
