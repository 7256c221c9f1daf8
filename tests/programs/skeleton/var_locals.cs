using System;

class Program
{
    static long Big() { return 5000000000; }

    static void Main()
    {
        var i = 10;
        var l = Big();
        var s = "text";
        var b = i > 5;
        var sum = i + l;
        Console.WriteLine(i); // expect: 10
        Console.WriteLine(l); // expect: 5000000000
        Console.WriteLine(s); // expect: text
        Console.WriteLine(b); // expect: True
        Console.WriteLine(sum); // expect: 5000000010
        // var i is an int: it wraps like one.
        var w = 2147483647;
        w++;
        Console.WriteLine(w); // expect: -2147483648
        for (var k = 0; k < 3; k++) s += k;
        Console.WriteLine(s); // expect: text012
    }
}
