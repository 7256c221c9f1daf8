// Arrays of tuples created with new: new (string Name, int Age)[] { … } with element names, new (int, int)[n] zeroed, and written element by element.
using System;
using System.Linq;
class P {
    static void Main() {
        var pairs = new (string Name, int Age)[] { ("ann", 31), ("bob", 27) };
        var grid = new (int, int)[2];
        grid[1] = (3, 4);
        Console.WriteLine($"{pairs[1].Name} {pairs.Length} {grid[1]} {grid[0]}");
        var table = new (char Letter, int Count)[3];
        for (int i = 0; i < 3; i++) table[i] = ((char)('a' + i), i * i);
        Console.WriteLine(string.Join(" ", table.Select(t => $"{t.Letter}{t.Count}")));
        var t2 = (1, 2);
        var p = new { X = 1 };
        Console.WriteLine(t2 + " " + p + " " + new (int, string)[] { (1, "x") }[0]);
    }
}
// expect: bob 2 (3, 4) (0, 0)
// expect: a0 b1 c4
// expect: (1, 2) { X = 1 } (1, x)
