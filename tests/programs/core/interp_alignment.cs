// Interpolation alignment: {x,5} pads on the left, {y,-5} on the right; too-long values are not cut.
using System;

class Program
{
    static void Main()
    {
        int x = 42;
        string y = "ab";
        Console.WriteLine($"{x,5}|{y,-5}|"); // expect:    42|ab   |
        Console.WriteLine($"[{"toolong",3}]"); // expect: [toolong]
        Console.WriteLine($"[{-7,4}]"); // expect: [  -7]
        Console.WriteLine($"[{1.5,-6}]"); // expect: [1.5   ]
        Console.WriteLine($"[{true,6}]"); // expect: [  True]
        Console.WriteLine($"[{3.14159,8:F2}]"); // expect: [    3.14]
        Console.WriteLine($"[{255,-6:X}]"); // expect: [FF    ]
        string[] names = { "a", "bbb", "cc" };
        int[] vals = { 1, 200, 30 };
        for (int i = 0; i < names.Length; i++) Console.WriteLine($"{names[i],-4}{vals[i],4}");
        // expect: a      1
        // expect: bbb  200
        // expect: cc    30
    }
}
