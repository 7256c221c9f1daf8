// Implicit widening conversions between the numeric types keep the value.
// mono-differs: Mono 6.8 prints doubles/floats with 15/7 significant digits, not the shortest round-trip form
using System;

class Program
{
    static void Main()
    {
        byte b = 255;
        short s = b;
        int i = s;
        long l = i;
        float f = l;
        double d = f;
        Console.WriteLine(s + " " + i + " " + l + " " + f + " " + d); // expect: 255 255 255 255 255
        sbyte sb = -5;
        int fromSb = sb;
        long fromNeg = fromSb;
        Console.WriteLine(fromNeg); // expect: -5
        char c = 'A';
        int ci = c;
        ushort cu = c;
        double cd = c;
        Console.WriteLine(ci + " " + cu + " " + cd); // expect: 65 65 65
        uint u = 4000000000;
        long ul = u;
        ulong uu = u;
        Console.WriteLine(ul + " " + uu); // expect: 4000000000 4000000000
        int big = 16777217;
        float lossy = big;
        Console.WriteLine(lossy); // expect: 16777216
        long bigL = 9007199254740993;
        double lossyD = bigL;
        Console.WriteLine(lossyD); // expect: 9007199254740992
        const int k = 100;
        byte fromConst = k;
        Console.WriteLine(fromConst); // expect: 100
    }
}
