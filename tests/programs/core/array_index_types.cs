// An array index may be int, uint, long or ulong (C# spec §12.8.12.2), and
// byte, short and char by promotion. A 64-bit index is checked against the
// length as it is, so a large one throws instead of wrapping around.
// mono-differs: Mono 6.8 truncates a 64-bit index to 32 bits (t[1L << 33] reads t[0])
// mcs-differs: mcs converts a long index with conv.i4 (wrapping) where csc checks it (conv.ovf.i)
using System;

class Program
{
    static void Main()
    {
        int[] t = { 10, 20, 30 };
        uint u = 1; long l = 2; ulong ul = 0; byte b = 1; short s = 2; char c = (char)0; sbyte sb = 1; ushort us = 2;
        Console.WriteLine(t[u] + t[l] + t[ul] + t[b] + t[s] + t[c] + t[sb] + t[us]);
        t[l] += 5;
        t[u]++;
        ++t[ul];
        Console.WriteLine(t[0] + " " + t[1] + " " + t[2]);
        string[] names = { "a", "b", "c" };
        names[l] += "!";
        Console.WriteLine(names[2L]);
        int[,] grid = new int[2, 3];
        grid[1L, 2u] = 7;
        grid[(byte)1, 2L] *= 3;
        Console.WriteLine(grid[1, 2]);
        long[] indexes = { -1, 3, 1L << 33, long.MinValue };
        foreach (long i in indexes)
        {
            try { Console.WriteLine(t[i]); }
            catch (IndexOutOfRangeException e) { Console.WriteLine(i + ": " + e.Message); }
        }
        ulong big = ulong.MaxValue;
        try { Console.WriteLine(t[big]); }
        catch (Exception e) { Console.WriteLine(e.GetType().Name); }
        uint huge = uint.MaxValue;
        try { Console.WriteLine(t[huge]); }
        catch (IndexOutOfRangeException e) { Console.WriteLine("uint: " + e.Message); }
    }
}

// expect: 170
// expect: 11 21 35
// expect: c!
// expect: 21
// expect: -1: Index was outside the bounds of the array.
// expect: 3: Index was outside the bounds of the array.
// expect: 8589934592: Index was outside the bounds of the array.
// expect: -9223372036854775808: Index was outside the bounds of the array.
// expect: IndexOutOfRangeException
// expect: uint: Index was outside the bounds of the array.
