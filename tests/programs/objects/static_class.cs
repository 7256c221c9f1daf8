// Static classes: only static members, static fields keeping state across calls, a static constructor.
using System;

static class IdGen
{
    private static int next;
    public static readonly string Prefix;
    static IdGen() { Prefix = "id-"; next = 100; Console.WriteLine("IdGen ready"); }
    public static string New() { next++; return Prefix + next; }
    public static int Issued { get { return next - 100; } }
}

static class MathUtil
{
    public static int Gcd(int a, int b) { return b == 0 ? a : Gcd(b, a % b); }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(MathUtil.Gcd(84, 36)); // expect: 12
        string a = IdGen.New();                  // expect: IdGen ready
        string b = IdGen.New();
        Console.WriteLine(a + " " + b);          // expect: id-101 id-102
        Console.WriteLine(IdGen.Issued);         // expect: 2
    }
}
