// && and || short-circuit; & | ^ on bools evaluate both sides.
using System;

class Program
{
    static int calls;

    static bool T(string tag)
    {
        calls++;
        Console.Write(tag);
        return true;
    }

    static bool F(string tag)
    {
        calls++;
        Console.Write(tag);
        return false;
    }

    static void Main()
    {
        Console.WriteLine(F("a") && T("b")); // expect: aFalse
        Console.WriteLine(T("a") || F("b")); // expect: aTrue
        Console.WriteLine(F("a") & T("b")); // expect: abFalse
        Console.WriteLine(T("a") | F("b")); // expect: abTrue
        Console.WriteLine(T("a") ^ T("b")); // expect: abFalse
        Console.WriteLine(F("a") || F("b") || T("c")); // expect: abcTrue
        Console.WriteLine(T("a") && !F("b")); // expect: abTrue
        Console.WriteLine(calls); // expect: 13
        bool flag = true;
        flag &= false;
        Console.WriteLine(flag); // expect: False
        flag |= true;
        flag ^= true;
        Console.WriteLine(flag); // expect: False
    }
}
