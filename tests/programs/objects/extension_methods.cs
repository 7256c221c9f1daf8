// Extension methods on int, string, arrays and a user class, called with instance syntax and as static calls.
using System;

class Counter { public int N; }

static class Ext
{
    public static int Twice(this int x) { return x * 2; }
    public static string Shout(this string s, int times)
    {
        string r = s.ToUpper();
        for (int i = 1; i < times; i++) r += "!";
        return r;
    }
    public static int Sum(this int[] xs) { int t = 0; foreach (int x in xs) t += x; return t; }
    public static Counter Bump(this Counter c) { c.N++; return c; }
    public static bool IsNull(this object o) { return o == null; }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(5.Twice());                  // expect: 10
        int n = 21;
        Console.WriteLine(n.Twice().Twice());          // expect: 84
        Console.WriteLine("hey".Shout(3));             // expect: HEY!!
        Console.WriteLine(new[] { 1, 2, 3 }.Sum());    // expect: 6
        Counter c = new Counter();
        c.Bump().Bump();
        Console.WriteLine(c.N);                        // expect: 2
        Console.WriteLine(Ext.Twice(4));               // expect: 8
        Counter nothing = null;
        Console.WriteLine(nothing.IsNull());           // expect: True
    }
}
