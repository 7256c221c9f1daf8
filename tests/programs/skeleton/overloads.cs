using System;

class Program
{
    static string F(int x) { return "F(int) " + x; }
    static string F(long x) { return "F(long) " + x; }
    static string F(string x) { return "F(string) " + x; }
    static string F(bool x) { return "F(bool) " + x; }
    static string G(long x) { return "G(long) " + x; }
    static string H(int a, long b) { return "H(int, long)"; }
    static string H(long a, int b) { return "H(long, int)"; }
    static string K(int a) { return "K(int)"; }
    static string K(int a, int b) { return "K(int, int)"; }

    static void Main()
    {
        Console.WriteLine(42); // expect: 42
        Console.WriteLine(10000000000); // expect: 10000000000
        Console.WriteLine(true); // expect: True
        Console.WriteLine("text"); // expect: text
        int i = 1;
        long l = 2;
        Console.WriteLine(F(i)); // expect: F(int) 1
        Console.WriteLine(F(l)); // expect: F(long) 2
        Console.WriteLine(F("s")); // expect: F(string) s
        Console.WriteLine(F(false)); // expect: F(bool) False
        Console.WriteLine(F(i + l)); // expect: F(long) 3
        Console.WriteLine(F((long)i)); // expect: F(long) 1
        Console.WriteLine(F((int)l)); // expect: F(int) 2
        Console.WriteLine(F(3000000000)); // expect: F(long) 3000000000
        // An int argument converts implicitly to long.
        Console.WriteLine(G(i)); // expect: G(long) 1
        Console.WriteLine(H(i, l)); // expect: H(int, long)
        Console.WriteLine(H(l, i)); // expect: H(long, int)
        Console.WriteLine(K(1)); // expect: K(int)
        Console.WriteLine(K(1, 2)); // expect: K(int, int)
        Console.Write(7);
        Console.Write(l);
        Console.Write(false);
        Console.Write("!");
        Console.WriteLine(); // expect: 72False!
    }
}
