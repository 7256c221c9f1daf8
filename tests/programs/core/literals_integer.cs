// Integer and real literals in every form: hex, binary, digit separators and suffixes.
// Note: mcs 6.8 miscompiles decimal literals with digit separators (1_000_000 becomes 100000000); Roslyn is right.
// mcs-differs: mcs reads literals with digit separators wrongly (the note above)
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(0xFF); // expect: 255
        Console.WriteLine(0x7fffffff); // expect: 2147483647
        Console.WriteLine(0b1010); // expect: 10
        Console.WriteLine(0B1111_0000); // expect: 240
        Console.WriteLine(1_000_000); // expect: 1000000
        Console.WriteLine(0xFFFF_FFFF); // expect: 4294967295
        Console.WriteLine(0xFFFFFFFFFFFFFFFF); // expect: 18446744073709551615
        Console.WriteLine(10u); // expect: 10
        Console.WriteLine(10L * 1000000000); // expect: 10000000000
        Console.WriteLine(10UL); // expect: 10
        Console.WriteLine(5LU + 1Lu); // expect: 6
        Console.WriteLine(2.5f); // expect: 2.5
        Console.WriteLine(3d); // expect: 3
        Console.WriteLine(1e3); // expect: 1000
        Console.WriteLine(1.5E-3); // expect: 0.0015
        Console.WriteLine(.5); // expect: 0.5
        Console.WriteLine(1_000.25); // expect: 1000.25
        Console.WriteLine(-2147483648); // expect: -2147483648
        Console.WriteLine(-9223372036854775808); // expect: -9223372036854775808
        Console.WriteLine(0x80000000); // expect: 2147483648
    }
}
