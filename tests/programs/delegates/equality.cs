// Delegate equality: == and != and Equals compare target, method and invocation list, not identity.
using System;

delegate int IntOp(int x);

class Scaler
{
    private int factor;
    public Scaler(int f) { factor = f; }
    public int Scale(int x) { return x * factor; }
    public int Offset(int x) { return x + factor; }
}

class Program
{
    static int Inc(int x) { return x + 1; }
    static int Dec(int x) { return x - 1; }

    static void Main()
    {
        IntOp a = Inc;
        IntOp b = new IntOp(Inc);
        IntOp c = Dec;
        Console.WriteLine(a == b); // expect: True
        Console.WriteLine((object)a == (object)b); // expect: False
        Console.WriteLine(a != c); // expect: True
        Console.WriteLine(a.Equals(b)); // expect: True
        Console.WriteLine(a.Equals(c)); // expect: False
        Console.WriteLine(a.Equals(null)); // expect: False

        Scaler s1 = new Scaler(2);
        Scaler s2 = new Scaler(2);
        IntOp x = s1.Scale;
        IntOp y = s1.Scale;
        IntOp z = s2.Scale;
        IntOp w = s1.Offset;
        Console.WriteLine(x == y); // expect: True
        Console.WriteLine(x == z); // expect: False
        Console.WriteLine(x == w); // expect: False

        IntOp ab = a + c;
        IntOp ab2 = b + c;
        IntOp ba = c + a;
        Console.WriteLine(ab == ab2); // expect: True
        Console.WriteLine(ab == ba); // expect: False
        Console.WriteLine(ab == a); // expect: False
        Console.WriteLine(ab - c == a); // expect: True

        IntOp nothing = null;
        Console.WriteLine(nothing == null); // expect: True
        Console.WriteLine(a == nothing); // expect: False
        Console.WriteLine((a - a) == null); // expect: True

        Delegate general = a;
        Console.WriteLine(general == (Delegate)b); // expect: True
    }
}
