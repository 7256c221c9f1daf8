// Arrays of bool, char, double, long, string, byte and short hold and print their values.
using System;

class Program
{
    static void Main()
    {
        bool[] bs = { true, false, true };
        Console.WriteLine(bs[0] + " " + bs[1]); // expect: True False
        char[] cs = { 'a', 'b', 'c' };
        Console.WriteLine(cs[2]); // expect: c
        Console.WriteLine(new string(cs)); // expect: abc
        double[] ds = { 1.5, 2.25, -0.5 };
        double sum = 0;
        foreach (double d in ds) sum += d;
        Console.WriteLine(sum); // expect: 3.25
        long[] ls = { long.MaxValue, long.MinValue };
        Console.WriteLine(ls[0] + ls[1]); // expect: -1
        string[] ss = { "alpha", null, "gamma" };
        Console.WriteLine(ss[0].Length + ss[2].Length); // expect: 10
        Console.WriteLine(ss[1] == null); // expect: True
        byte[] bytes = { 255, 0, 128 };
        bytes[0]++;
        Console.WriteLine(bytes[0] + " " + bytes[2]); // expect: 0 128
        short[] shorts = { -1, 32767 };
        Console.WriteLine(shorts[0] * shorts[1]); // expect: -32767
        uint[] us = { 4000000000 };
        Console.WriteLine(us[0]); // expect: 4000000000
        float[] fs = { 0.5f, 0.25f };
        Console.WriteLine(fs[0] + fs[1]); // expect: 0.75
        sbyte[] sbs = { -128 };
        Console.WriteLine(sbs[0]); // expect: -128
    }
}
