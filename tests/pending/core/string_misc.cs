// ToCharArray, new string('x', 3), new string(char[]), string concatenation with non-strings and null.
using System;

class Program
{
    static void Main()
    {
        char[] cs = "abc".ToCharArray();
        Console.WriteLine(cs.Length); // expect: 3
        cs[0] = 'X';
        Console.WriteLine(new string(cs)); // expect: Xbc
        Console.WriteLine(new string('x', 3)); // expect: xxx
        Console.WriteLine(new string('-', 0).Length); // expect: 0
        string n = null;
        Console.WriteLine("a" + n + "b"); // expect: ab
        Console.WriteLine("v" + 1 + 2.5 + true + 'c'); // expect: v12.5Truec
        object o = 42;
        Console.WriteLine("o=" + o); // expect: o=42
        string s = "abc";
        Console.WriteLine(s.ToUpper() + s); // expect: ABCabc
        Console.WriteLine(s.Insert(1, "--")); // expect: a--bc
        Console.WriteLine(s.Remove(1, 1)); // expect: ac
        Console.WriteLine("a,b".Split(',')[1].ToCharArray()[0]); // expect: b
        string built = "";
        for (int i = 0; i < 5; i++) built += i;
        Console.WriteLine(built); // expect: 01234
    }
}
