// Overload resolution by better conversion: int prefers long over double, byte prefers int over uint, null prefers string over object.
using System;

class Program
{
    static void F(long x) { Console.WriteLine("long"); }
    static void F(double x) { Console.WriteLine("double"); }
    static void G(int x) { Console.WriteLine("int"); }
    static void G(uint x) { Console.WriteLine("uint"); }
    static void H(object o) { Console.WriteLine("object"); }
    static void H(string s) { Console.WriteLine("string"); }
    static void K(int x) { Console.WriteLine("K int"); }
    static void K(long x) { Console.WriteLine("K long"); }
    static void K(double x) { Console.WriteLine("K double"); }
    static void S(short x) { Console.WriteLine("short"); }
    static void S(int x) { Console.WriteLine("S int"); }

    static void Main()
    {
        int i = 1;
        F(i); // expect: long
        F(1.5f); // expect: double
        byte b = 2;
        G(b); // expect: int
        G(3u); // expect: uint
        H(null); // expect: string
        H("s"); // expect: string
        H(42); // expect: object
        object o = "boxed";
        H(o); // expect: object
        K(b); // expect: K int
        K(5L); // expect: K long
        K(2u); // expect: K long
        K(1f); // expect: K double
        char c = 'c';
        K(c); // expect: K int
        S(b); // expect: short
        S(c); // expect: S int
        S(7); // expect: S int
    }
}
