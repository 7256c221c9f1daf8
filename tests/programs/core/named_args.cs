// Named arguments, in order and out of order, mixed with optional parameters; evaluation is left to right as written.
using System;

class Program
{
    static string Box(int width, int height, string label = "box") =>
        label + ":" + width + "x" + height;

    static int Trace(int v)
    {
        Console.Write("<" + v + ">");
        return v;
    }

    static void Main()
    {
        Console.WriteLine(Box(2, 3)); // expect: box:2x3
        Console.WriteLine(Box(width: 4, height: 5)); // expect: box:4x5
        Console.WriteLine(Box(height: 6, width: 7)); // expect: box:7x6
        Console.WriteLine(Box(1, label: "L", height: 9)); // expect: L:1x9
        Console.WriteLine(Box(label: "first", width: 8, height: 1)); // expect: first:8x1
        Console.WriteLine(Box(height: Trace(1), width: Trace(2))); // expect: <1><2>box:2x1
    }
}
