// const locals and fields, and the MinValue/MaxValue constants of the
// built-in types, folded at compile time.
using System;

class Program
{
    const int Size = 10;
    const int Twice = Size * 2;
    const string Name = "sharp";
    const long Big = (long)Twice * 1000000000;
    public const bool Flag = Twice > Size;

    static void Main()
    {
        const int local = Twice + 1;
        Console.WriteLine(local);          // expect: 21
        Console.WriteLine(Name + Size);    // expect: sharp10
        Console.WriteLine(Big);            // expect: 20000000000
        Console.WriteLine(Flag);           // expect: True
        Console.WriteLine(int.MaxValue);   // expect: 2147483647
        Console.WriteLine(int.MinValue);   // expect: -2147483648
        Console.WriteLine(long.MaxValue);  // expect: 9223372036854775807
        Console.WriteLine(long.MinValue);  // expect: -9223372036854775808
        Console.WriteLine(byte.MaxValue + 1);     // expect: 256
        Console.WriteLine(short.MinValue);        // expect: -32768
        Console.WriteLine(unchecked(int.MaxValue + 1)); // expect: -2147483648
    }
}
