// Tuples of eight elements and more (C# 7): built as ValueTuple<T1, …, T7, TRest> with the rest nested, read by ItemN past the seventh and by name, compared, deconstructed, returned, converted, used as keys, and printed flat.
using System;
using System.Collections.Generic;

class Program
{
    static (int, int, int, int, int, int, int, int, int, int) Digits() => (0, 1, 2, 3, 4, 5, 6, 7, 8, 9);

    static (string name, int a, int b, int c, int d, int e, int f, int g, int h) Named() =>
        ("row", 1, 2, 3, 4, 5, 6, 7, 8);

    static void Main()
    {
        var t = (1, 2, 3, 4, 5, 6, 7, 8, 9);
        Console.WriteLine(t.Item8 + t.Item9);
        Console.WriteLine(t);
        Console.WriteLine(t.Rest);

        var d = Digits();
        Console.WriteLine(d.Item10 + " " + d.Rest.Item3 + " " + d);

        var n = Named();
        Console.WriteLine(n.name + " " + n.h + " " + n.g);

        var (a, b, c, e, f, g, h, i, j) = t;
        Console.WriteLine(a + b + c + e + f + g + h + i + j);

        Console.WriteLine(t == (1, 2, 3, 4, 5, 6, 7, 8, 9));
        Console.WriteLine(t == (1, 2, 3, 4, 5, 6, 7, 8, 0));
        Console.WriteLine(t.Equals((1, 2, 3, 4, 5, 6, 7, 8, 9)));

        (long, long, long, long, long, long, long, long) wide = (1, 2, 3, 4, 5, 6, 7, 8);
        Console.WriteLine(wide.Item8 * 1000000000000L);

        var seen = new HashSet<(int, int, int, int, int, int, int, int)>();
        seen.Add((1, 1, 1, 1, 1, 1, 1, 1));
        seen.Add((1, 1, 1, 1, 1, 1, 1, 1));
        seen.Add((1, 1, 1, 1, 1, 1, 1, 2));
        Console.WriteLine(seen.Count);

        var words = ("a", "b", "c", "d", "e", "f", "g", (string)null, "i");
        Console.WriteLine(words);
        Console.WriteLine(((1, 2, 3, 4, 5, 6, 7, 8)).CompareTo((1, 2, 3, 4, 5, 6, 7, 9)));
    }
}

// expect: 17
// expect: (1, 2, 3, 4, 5, 6, 7, 8, 9)
// expect: (8, 9)
// expect: 9 9 (0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
// expect: row 8 7
// expect: 45
// expect: True
// expect: False
// expect: True
// expect: 8000000000000
// expect: 2
// expect: (a, b, c, d, e, f, g, , i)
// expect: -1
