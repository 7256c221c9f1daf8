// BitConverter: bytes of every primitive (little-endian), back again at an index, the
// dashed hex string, IEEE-754 bits of float and double; Math's hyperbolic inverses, DivRem
// and Clamp over the integral types.
using System;

class BitConverterMath
{
    static void Main()
    {
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(258)) + " " + BitConverter.ToString(BitConverter.GetBytes((short)-2)) + " " + BitConverter.ToString(BitConverter.GetBytes(1L << 40))); // expect: 02-01-00-00 FE-FF 00-00-00-00-00-01-00-00
        Console.WriteLine(BitConverter.DoubleToInt64Bits(1.0) + " " + BitConverter.Int64BitsToDouble(4612811918334230528L) + " " + BitConverter.SingleToInt32Bits(1f) + " " + BitConverter.Int32BitsToSingle(1069547520)); // expect: 4607182418800017408 2.5 1065353216 1.5
        Console.WriteLine(BitConverter.ToInt32(new byte[] { 1, 2, 0, 0 }, 0) + " " + BitConverter.ToUInt16(new byte[] { 0xFF, 0xFF }, 0) + " " + BitConverter.ToInt64(BitConverter.GetBytes(-2L), 0) + " " + BitConverter.ToUInt32(new byte[] { 9, 0, 0, 0, 128 }, 1)); // expect: 513 65535 -2 2147483648
        Console.WriteLine(BitConverter.ToDouble(BitConverter.GetBytes(2.5), 0) + " " + BitConverter.ToSingle(BitConverter.GetBytes(0.25f), 0) + " " + BitConverter.ToBoolean(new byte[] { 0, 7 }, 1) + " " + BitConverter.ToChar(BitConverter.GetBytes('A'), 0)); // expect: 2.5 0.25 True A
        Console.WriteLine(BitConverter.ToString(new byte[] { 1, 2, 3 }, 1) + " " + BitConverter.ToString(new byte[] { 0xAB, 0xCD, 0xEF }, 0, 2) + " [" + BitConverter.ToString(new byte[0]) + "] " + BitConverter.IsLittleEndian); // expect: 02-03 AB-CD [] True
        try
        {
            BitConverter.ToInt32(new byte[] { 1, 2, 3 }, 0);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name); // expect: ArgumentException
        }
        Console.WriteLine(Math.Acosh(2).ToString("F6") + " " + Math.Asinh(1).ToString("F6") + " " + Math.Atanh(0.5).ToString("F6") + " " + double.IsNaN(Math.Acosh(0.5))); // expect: 1.316958 0.881374 0.549306 True
        int r;
        long lr;
        Console.WriteLine(Math.DivRem(17, 5, out r) + " " + r + " " + Math.DivRem(-17, 5, out r) + " " + r + " " + Math.DivRem(1L << 40, 3L, out lr) + " " + lr); // expect: 3 2 -3 -2 366503875925 1
        Console.WriteLine(Math.Clamp((byte)200, (byte)10, (byte)100) + " " + Math.Clamp((short)-5, (short)0, (short)9) + " " + Math.Clamp(7u, 1u, 5u) + " " + Math.Clamp(2.5f, 0f, 1f) + " " + Math.Clamp(12UL, 1UL, 99UL)); // expect: 100 0 5 1 12
    }
}
