// ref parameters: swap, in-place updates of locals, fields and array elements.
using System;

class Program
{
    static int field = 5;

    static void Swap(ref int a, ref int b)
    {
        int t = a;
        a = b;
        b = t;
    }

    static void Twice(ref long x) { x *= 2; }

    static void Append(ref string s, string tail) { s += tail; }

    static void Main()
    {
        int x = 1, y = 2;
        Swap(ref x, ref y);
        Console.WriteLine(x + " " + y); // expect: 2 1
        int[] arr = { 10, 20 };
        Swap(ref arr[0], ref arr[1]);
        Console.WriteLine(arr[0] + " " + arr[1]); // expect: 20 10
        Swap(ref field, ref x);
        Console.WriteLine(field + " " + x); // expect: 2 5
        long l = 21;
        Twice(ref l);
        Console.WriteLine(l); // expect: 42
        string s = "a";
        Append(ref s, "b");
        Append(ref s, "c");
        Console.WriteLine(s); // expect: abc
        int same = 7;
        Swap(ref same, ref same);
        Console.WriteLine(same); // expect: 7
    }
}
