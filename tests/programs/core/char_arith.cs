// char arithmetic: char promotes to int; a cast turns the result back into a char.
using System;

class Program
{
    static void Main()
    {
        char c = 'a';
        Console.WriteLine(c + 1); // expect: 98
        Console.WriteLine((char)(c + 1)); // expect: b
        Console.WriteLine('z' - 'a'); // expect: 25
        Console.WriteLine((int)'A'); // expect: 65
        Console.WriteLine((char)65); // expect: A
        c++;
        Console.WriteLine(c); // expect: b
        c += (char)2;
        Console.WriteLine(c); // expect: d
        Console.WriteLine('0' + 5); // expect: 53
        Console.WriteLine((char)('0' + 5)); // expect: 5
        Console.WriteLine('a' < 'b'); // expect: True
        string s = "";
        for (char x = 'a'; x <= 'e'; x++) s += x;
        Console.WriteLine(s); // expect: abcde
        Console.WriteLine("x" + 'y' + 'z'); // expect: xyz
        Console.WriteLine('y' + 'z' + "x"); // expect: 243x
        char up = (char)('q' - 32);
        Console.WriteLine(up); // expect: Q
    }
}
