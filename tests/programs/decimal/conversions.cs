// mono-differs: Mono prints doubles with 15 digits and words ArgumentException messages as "text\nParameter name: p"
// decimal conversions: implicit from every integral type and char, explicit to and from
// float and double (15 significant digits from a double), explicit to the integral types
// (truncating, OverflowException out of range, in checked and unchecked code alike).
using System;

enum Small : byte
{
    A,
    B,
}

class DecimalConversions
{
    static void Main()
    {
        int i = -42;
        long l = long.MinValue;
        ulong ul = ulong.MaxValue;
        char ch = 'A';
        byte by = 200;
        decimal d = i;
        Console.WriteLine(d); // expect: -42
        d = l;
        Console.WriteLine(d); // expect: -9223372036854775808
        d = ul;
        Console.WriteLine(d); // expect: 18446744073709551615
        d = ch;
        Console.WriteLine(d); // expect: 65
        d = by;
        Console.WriteLine(d); // expect: 200
        double x = 0.1;
        Console.WriteLine((decimal)x); // expect: 0.1
        Console.WriteLine((decimal)(1.0 / 3.0)); // expect: 0.333333333333333
        Console.WriteLine((decimal)123456789.123456789); // expect: 123456789.123457
        Console.WriteLine((decimal)1e-20); // expect: 0.00000000000000000001
        Console.WriteLine((decimal)1.5e27); // expect: 1500000000000000000000000000
        Console.WriteLine((decimal)0.1f); // expect: 0.100000001490116
        Console.WriteLine((decimal)3.14159274f); // expect: 3.14159274101257
        Small small = (Small)decimal.Parse("1.9");
        decimal fromEnum = (decimal)Small.B;
        Console.WriteLine(small + " " + fromEnum + " " + (decimal)small); // expect: B 1 1
        float single = 0.1f;
        Console.WriteLine((decimal)single + " " + (decimal)(single * 3)); // expect: 0.1 0.3
        Console.WriteLine((double)1.1m); // expect: 1.1
        Console.WriteLine((double)(1m / 3m)); // expect: 0.33333333333333337
        Console.WriteLine((float)2.5m); // expect: 2.5
        Console.WriteLine((double)decimal.MaxValue); // expect: 7.922816251426434E+28
        Console.WriteLine((int)2.99m + " " + (int)-2.99m); // expect: 2 -2
        Console.WriteLine((long)12345678901.9m); // expect: 12345678901
        Console.WriteLine((byte)255.9m); // expect: 255
        Console.WriteLine((char)65.7m); // expect: A
        Console.WriteLine((ulong)18446744073709551615.5m); // expect: 18446744073709551615
        decimal three = 3000000000m, minusOne = -1m;
        double huge = 1e30, nan = double.NaN;
        try { Console.WriteLine((int)three); }
        catch (OverflowException e) { Console.WriteLine(e.Message); } // expect: Value was either too large or too small for an Int32.
        try { Console.WriteLine((byte)minusOne); }
        catch (OverflowException e) { Console.WriteLine(e.Message); } // expect: Value was either too large or too small for an unsigned byte.
        try { decimal big = decimal.MaxValue; Console.WriteLine(unchecked((long)big)); }
        catch (OverflowException e) { Console.WriteLine(e.Message); } // expect: Value was either too large or too small for an Int64.
        try { Console.WriteLine((decimal)huge); }
        catch (OverflowException e) { Console.WriteLine(e.Message); } // expect: Value was either too large or too small for a Decimal.
        try { Console.WriteLine((decimal)nan); }
        catch (OverflowException e) { Console.WriteLine(e.Message); } // expect: Value was either too large or too small for a Decimal.
        Console.WriteLine(new decimal(1234, 0, 0, true, 2)); // expect: -12.34
        Console.WriteLine(new decimal(12.5)); // expect: 12.5
        Console.WriteLine(new decimal(-7L)); // expect: -7
        int[] bits = decimal.GetBits(-1.25m);
        Console.WriteLine(bits[0] + " " + bits[1] + " " + bits[2] + " " + bits[3]); // expect: 125 0 0 -2147352576
        Console.WriteLine(new decimal(bits)); // expect: -1.25
        Console.WriteLine(decimal.ToInt32(-9.9m) + " " + decimal.ToDouble(0.5m)); // expect: -9 0.5
        Console.WriteLine(Convert.ToInt32(2.5m) + " " + Convert.ToInt32(3.5m) + " " + Convert.ToInt64(-2.5m)); // expect: 2 4 -2
        Console.WriteLine(Convert.ToDecimal(2.5) + Convert.ToDecimal("1.25") + Convert.ToDecimal(3)); // expect: 6.75
        Console.WriteLine(Convert.ToDouble(1.75m)); // expect: 1.75
        try { new decimal(1, 0, 0, false, 29); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); } // expect: Decimal's scale value must be between 0 and 28, inclusive. (Parameter 'scale')
    }
}
