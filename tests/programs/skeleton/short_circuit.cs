using System;

class Program
{
    static int calls = 0;

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
        Console.WriteLine(T("c") && F("d")); // expect: cdFalse
        Console.WriteLine(T("e") || F("f")); // expect: eTrue
        Console.WriteLine(F("g") || T("h")); // expect: ghTrue
        Console.WriteLine(F("i") || F("j") || T("k")); // expect: ijkTrue
        Console.WriteLine(T("l") && T("m") && F("n") && T("o")); // expect: lmnFalse
        // && binds tighter than ||.
        Console.WriteLine(T("p") || F("q") && F("r")); // expect: pTrue
        Console.WriteLine(calls); // expect: 13

        // The right operand guards against division by zero.
        int zero = 0;
        bool safe = zero != 0 && 10 / zero > 1;
        Console.WriteLine(safe); // expect: False
        bool safe2 = zero == 0 || 10 / zero > 1;
        Console.WriteLine(safe2); // expect: True

        // Non-short-circuit & and | on bools evaluate both sides.
        bool both = F("s") & T("t");
        Console.WriteLine(both); // expect: stFalse
        bool either = T("u") | F("v");
        Console.WriteLine(either); // expect: uvTrue
        Console.WriteLine(calls); // expect: 17
    }
}
