// Boxing copies the value; unboxing copies it back; boxed values compare with Equals, not ==.
using System;

struct P { public int X; }

class Program
{
    static void Main()
    {
        int i = 42;
        object o = i;
        i = 7;
        Console.WriteLine(o);                     // expect: 42
        int back = (int)o;
        Console.WriteLine(back + i);              // expect: 49
        object a = 5, b = 5;
        Console.WriteLine(a == b);                // expect: False
        Console.WriteLine(a.Equals(b));           // expect: True
        P p = new P();
        p.X = 1;
        object bp = p;
        p.X = 2;
        Console.WriteLine(((P)bp).X);             // expect: 1
        object[] mixed = { 1, "two", 3.5, 'c', true, 10L };
        foreach (object m in mixed) Console.Write(m.GetType().Name + " ");
        Console.WriteLine("|");                   // expect: Int32 String Double Char Boolean Int64 |
        long total = (int)mixed[0] + (long)mixed[5];
        Console.WriteLine(total);                 // expect: 11
        object d = 1.5;
        Console.WriteLine((double)d * 2);         // expect: 3
    }
}
