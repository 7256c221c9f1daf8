// Three-valued logic on bool?: & and | with null, !, ==, and using bool? in conditions via == true and GetValueOrDefault.
using System;

class Program
{
    static string S(bool? b) { return b.HasValue ? b.Value.ToString() : "null"; }

    static void Main()
    {
        bool? t = true, f = false, n = null;
        Console.WriteLine(S(t & n)); // expect: null
        Console.WriteLine(S(f & n)); // expect: False
        Console.WriteLine(S(n & f)); // expect: False
        Console.WriteLine(S(t | n)); // expect: True
        Console.WriteLine(S(f | n)); // expect: null
        Console.WriteLine(S(n | n)); // expect: null
        Console.WriteLine(S(t & f)); // expect: False
        Console.WriteLine(S(t | f)); // expect: True
        Console.WriteLine(S(t ^ n)); // expect: null
        Console.WriteLine(S(t ^ f)); // expect: True
        Console.WriteLine(S(!n)); // expect: null
        Console.WriteLine(S(!f)); // expect: True
        Console.WriteLine(n == true); // expect: False
        Console.WriteLine(n == false); // expect: False
        Console.WriteLine(n != true); // expect: True
        Console.WriteLine(n == null); // expect: True
        if (t == true) Console.WriteLine("t is true"); // expect: t is true
        if (n.GetValueOrDefault()) Console.WriteLine("n true"); else Console.WriteLine("n not true"); // expect: n not true
        bool? acc = true;
        acc &= n;
        Console.WriteLine(S(acc)); // expect: null
        acc |= true;
        Console.WriteLine(S(acc)); // expect: True
    }
}
