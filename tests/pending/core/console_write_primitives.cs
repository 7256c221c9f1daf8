// Console.Write and Console.WriteLine overloads for every primitive type and for object.
using System;

class Program
{
    static void Main()
    {
        Console.Write((sbyte)-1); Console.Write(' ');
        Console.Write((byte)2); Console.Write(' ');
        Console.Write((short)-3); Console.Write(' ');
        Console.Write((ushort)4); Console.Write(' ');
        Console.Write(5); Console.Write(' ');
        Console.Write(6u); Console.Write(' ');
        Console.Write(7L); Console.Write(' ');
        Console.Write(8UL); Console.Write(' ');
        Console.Write(9.5f); Console.Write(' ');
        Console.Write(10.25); Console.Write(' ');
        Console.Write('k'); Console.Write(' ');
        Console.Write(true);
        Console.WriteLine(); // expect: -1 2 -3 4 5 6 7 8 9.5 10.25 k True
        Console.WriteLine((sbyte)-1); // expect: -1
        Console.WriteLine(6u); // expect: 6
        Console.WriteLine(8UL); // expect: 8
        Console.WriteLine(9.5f); // expect: 9.5
        Console.WriteLine('k'); // expect: k
        object o = 12;
        Console.WriteLine(o); // expect: 12
        object s = "str";
        Console.WriteLine(s); // expect: str
        object nothing = null;
        Console.WriteLine(nothing); // expect:
        Console.WriteLine(new char[] { 'h', 'i' }); // expect: hi
        string ns = null;
        Console.WriteLine(ns); // expect:
        Console.Write("no newline");
        Console.Write("");
        Console.WriteLine("|"); // expect: no newline|
    }
}
