// A user type with Length, an int indexer and Slice(int, int) takes indices and ranges by the C# 8 pattern: x[^1] reads x[x.Length - 1], x[a..b] calls Slice(a, b - a).
// hand-checked: C# 8 ranges; mcs 6.8 cannot compile them; output checked on CoreCLR 3.1 and Mono running Sharp's build
using System;
class Window
{
    int[] data = { 10, 20, 30, 40, 50 };
    public int Length => data.Length;
    public int this[int i] => data[i];
    public Window Slice(int start, int length) { Console.WriteLine("Slice(" + start + ", " + length + ")"); return this; }
}
class P {
    static void Main() {
        var w = new Window();
        Console.WriteLine(w[^1]);
        var s = w[1..^1];
        Console.WriteLine(s.Length);
    }
}
// expect: 50
// expect: Slice(1, 3)
// expect: 5
