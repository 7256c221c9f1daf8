// Comparison operators on signed, unsigned, floating, char and string operands.
using System;

class Program
{
    static void Main()
    {
        int a = 3;
        int b = 7;
        Console.WriteLine(a < b); // expect: True
        Console.WriteLine(a > b); // expect: False
        Console.WriteLine(a <= 3); // expect: True
        Console.WriteLine(a >= 4); // expect: False
        Console.WriteLine(a == 3); // expect: True
        Console.WriteLine(a != 3); // expect: False
        uint big = 3000000000;
        uint small = 5;
        Console.WriteLine(big > small); // expect: True
        long neg = -1;
        Console.WriteLine(neg < big); // expect: True
        double d = 0.1 + 0.2;
        Console.WriteLine(d == 0.3); // expect: False
        Console.WriteLine(-0.0 == 0.0); // expect: True
        Console.WriteLine('a' < 'B'); // expect: False
        string s1 = "abc";
        string s2 = "ab" + "c".ToString();
        Console.WriteLine(s1 == s2); // expect: True
        Console.WriteLine(s1 != "abd"); // expect: True
        Console.WriteLine(1 < 2 == true); // expect: True
    }
}
