// mono-differs: Mono prints floats with 7 significant digits (3.141593), .NET Core 3.0+ the shortest round-trip form
// [StructLayout] and [FieldOffset]: explicit layout makes unions (a float's bits read as an
// int, overlapping bytes), Pack and Size change a struct's size, and both are pseudo-attributes
// (type flags and layout tables, not custom attributes), as csc emits them.
using System;
using System.Runtime.InteropServices;

[StructLayout(LayoutKind.Explicit)]
struct FloatBits
{
    [FieldOffset(0)] public float Value;
    [FieldOffset(0)] public int Bits;
}

[StructLayout(LayoutKind.Explicit, Size = 8)]
struct Word
{
    [FieldOffset(0)] public long All;
    [FieldOffset(0)] public int Low;
    [FieldOffset(4)] public int High;
    [FieldOffset(1)] public byte Second;
}

[StructLayout(LayoutKind.Explicit)]
struct Tagged
{
    [FieldOffset(8)] public int Tag;
    [FieldOffset(0)] public string Text;
}

[StructLayout(LayoutKind.Sequential, Pack = 1)]
struct Packed
{
    public byte A;
    public int B;
}

[StructLayout(LayoutKind.Sequential, Size = 32)]
struct Padded
{
    public int X;
}

class Program
{
    static void Main()
    {
        FloatBits f = new FloatBits();
        f.Value = 1.0f;
        Console.WriteLine(f.Bits.ToString("X8")); // expect: 3F800000
        f.Bits = 0x40490FDB;
        Console.WriteLine(f.Value); // expect: 3.1415927
        Word w = new Word();
        w.All = 0x1122334455667788;
        Console.WriteLine(w.Low.ToString("X") + " " + w.High.ToString("X") + " " + w.Second.ToString("X")); // expect: 55667788 11223344 77
        w.High = 0;
        Console.WriteLine(w.All.ToString("X")); // expect: 55667788
        Tagged e = new Tagged();
        e.Text = "hel" + "lo".ToUpper();
        e.Tag = 7;
        GC.Collect();
        Console.WriteLine(e.Text + " " + e.Tag); // expect: helLO 7
        Tagged[] many = new Tagged[3];
        for (int i = 0; i < many.Length; i++) many[i].Text = "item" + i;
        GC.Collect();
        Console.WriteLine(many[2].Text); // expect: item2
        Console.WriteLine(Marshal_SizeOf()); // expect: 5 9
        object boxed = w;
        Word back = (Word)boxed;
        Console.WriteLine(back.Low.ToString("X")); // expect: 55667788
        Console.WriteLine(typeof(FloatBits).GetCustomAttributes(false).Length); // expect: 0
    }

    static string Marshal_SizeOf()
    {
        Packed[] p = new Packed[2];
        p[1].B = 5;
        Padded[] q = new Padded[2];
        q[1].X = 9;
        return p[1].B + " " + q[1].X;
    }
}
