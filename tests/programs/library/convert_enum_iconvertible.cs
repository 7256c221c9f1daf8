// An enum is IConvertible through System.Enum: Convert and ChangeType see its underlying
// integer, and GetTypeCode names the underlying type.
using System;

enum Color { Red, Green = 5, Blue }
enum Big : ulong { Max = ulong.MaxValue }
enum Small : sbyte { Low = -3 }

class EnumConvertible
{
    static void Main()
    {
        Console.WriteLine(Convert.ToInt32(Color.Green)); // expect: 5
        Console.WriteLine(Convert.ToDouble(Color.Blue) / 4); // expect: 1.5
        Console.WriteLine(Convert.ToString(Color.Red)); // expect: Red
        Console.WriteLine(Color.Blue.GetTypeCode() + " " + Big.Max.GetTypeCode() + " " + Small.Low.GetTypeCode()); // expect: Int32 UInt64 SByte
        Console.WriteLine(Convert.ToUInt64(Big.Max) + " " + Convert.ToInt64(Small.Low)); // expect: 18446744073709551615 -3
        IConvertible c = Color.Green;
        Console.WriteLine(c.ToInt16(null) + 1); // expect: 6
        object o = Convert.ChangeType(Color.Blue, typeof(long));
        Console.WriteLine(o.GetType().Name + " " + o); // expect: Int64 6
        try { Convert.ToByte(Small.Low); }
        catch (OverflowException e) { Console.WriteLine(e.Message); } // expect: Value was either too large or too small for an unsigned byte.
        try { Convert.ToDateTime(Color.Red); }
        catch (InvalidCastException e) { Console.WriteLine(e.Message); } // expect: Invalid cast from 'Enum' to 'DateTime'.
    }
}
