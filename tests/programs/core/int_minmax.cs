// MinValue/MaxValue constants of every built-in integer and char type.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(sbyte.MinValue); // expect: -128
        Console.WriteLine(sbyte.MaxValue); // expect: 127
        Console.WriteLine(byte.MinValue); // expect: 0
        Console.WriteLine(byte.MaxValue); // expect: 255
        Console.WriteLine(short.MinValue); // expect: -32768
        Console.WriteLine(short.MaxValue); // expect: 32767
        Console.WriteLine(ushort.MaxValue); // expect: 65535
        Console.WriteLine(int.MinValue); // expect: -2147483648
        Console.WriteLine(int.MaxValue); // expect: 2147483647
        Console.WriteLine(uint.MaxValue); // expect: 4294967295
        Console.WriteLine(long.MinValue); // expect: -9223372036854775808
        Console.WriteLine(long.MaxValue); // expect: 9223372036854775807
        Console.WriteLine(ulong.MaxValue); // expect: 18446744073709551615
        Console.WriteLine((int)char.MaxValue); // expect: 65535
        Console.WriteLine((int)char.MinValue); // expect: 0
        Console.WriteLine(Int32.MaxValue == int.MaxValue); // expect: True
    }
}
