using System;

class Program
{
    static void Main()
    {
        int x = 10;
        x += 5;
        Console.WriteLine(x); // expect: 15
        x -= 20;
        Console.WriteLine(x); // expect: -5
        x *= -3;
        Console.WriteLine(x); // expect: 15
        x /= 4;
        Console.WriteLine(x); // expect: 3
        x %= 2;
        Console.WriteLine(x); // expect: 1
        x = 12;
        x &= 10;
        Console.WriteLine(x); // expect: 8
        x |= 3;
        Console.WriteLine(x); // expect: 11
        x ^= 6;
        Console.WriteLine(x); // expect: 13
        x <<= 2;
        Console.WriteLine(x); // expect: 52
        x >>= 1;
        Console.WriteLine(x); // expect: 26

        long l = 1;
        l += 2147483647;
        Console.WriteLine(l); // expect: 2147483648
        l *= l;
        Console.WriteLine(l); // expect: 4611686018427387904
        int i = 7;
        l -= i;
        Console.WriteLine(l); // expect: 4611686018427387897

        string s = "a";
        s += "b";
        s += 1;
        s += true;
        Console.WriteLine(s); // expect: ab1True

        // The value of an assignment expression is the assigned value.
        int y;
        int z = (y = 4) + 1;
        Console.WriteLine(y + " " + z); // expect: 4 5
        int w = 2;
        w += w *= 3;
        Console.WriteLine(w); // expect: 8
    }
}
