// new T[n] is zero-filled: 0, false, '\0', 0.0 and null.
using System;

class Program
{
    static void Main()
    {
        int[] ints = new int[3];
        Console.WriteLine(ints[0] + ints[1] + ints[2]); // expect: 0
        string[] strs = new string[2];
        Console.WriteLine(strs[0] == null); // expect: True
        Console.WriteLine(strs[1] ?? "null"); // expect: null
        Console.WriteLine("[" + strs[0] + "]"); // expect: []
        bool[] flags = new bool[2];
        Console.WriteLine(flags[1]); // expect: False
        char[] chars = new char[2];
        Console.WriteLine((int)chars[0]); // expect: 0
        double[] ds = new double[1];
        Console.WriteLine(ds[0]); // expect: 0
        long[] ls = new long[4];
        Console.WriteLine(ls[3]); // expect: 0
        object[] objs = new object[1];
        Console.WriteLine(objs[0] == null); // expect: True
        byte[] bytes = new byte[0];
        Console.WriteLine(bytes.Length); // expect: 0
    }
}
