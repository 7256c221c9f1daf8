// string ToUpper/ToLower and Trim/TrimStart/TrimEnd, with and without explicit characters.
using System;

class Program
{
    static void Main()
    {
        string s = "  Mixed Case 123  ";
        Console.WriteLine("[" + s.ToUpper() + "]"); // expect: [  MIXED CASE 123  ]
        Console.WriteLine("[" + s.ToLower() + "]"); // expect: [  mixed case 123  ]
        Console.WriteLine("[" + s.Trim() + "]"); // expect: [Mixed Case 123]
        Console.WriteLine("[" + s.TrimStart() + "]"); // expect: [Mixed Case 123  ]
        Console.WriteLine("[" + s.TrimEnd() + "]"); // expect: [  Mixed Case 123]
        Console.WriteLine("[" + "\t\n x \r\n".Trim() + "]"); // expect: [x]
        Console.WriteLine("xxhixx".Trim('x')); // expect: hi
        Console.WriteLine("--a-b--".TrimStart('-')); // expect: a-b--
        Console.WriteLine("1.500".TrimEnd('0')); // expect: 1.5
        Console.WriteLine("*-=ok=-*".Trim('*', '-', '=')); // expect: ok
        Console.WriteLine("".Trim().Length); // expect: 0
    }
}
