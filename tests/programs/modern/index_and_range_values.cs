// System.Index and System.Range as values (C# 8): ^i and a..b stored in variables, printed, compared, taken apart with GetOffset and GetOffsetAndLength, and used to index arrays, strings and List<T>.
// hand-checked: Index and Range values; mcs 6.8 cannot compile them; output checked on CoreCLR 3.1 and Mono running Sharp's build
using System;
using System.Collections.Generic;
class P {
    static void Main() {
        Index last = ^1;
        Index first = 0;
        Range mid = 1..^1;
        var all = ..;
        Range tail = 2..;
        int[] a = { 10, 20, 30, 40, 50 };
        Console.WriteLine($"{last} {first} {mid} {all} {tail} {..3}");
        Console.WriteLine($"{a[last]} {a[first]} {string.Join(",", a[mid])} {string.Join(",", a[tail])}");
        Console.WriteLine("abcdef"[mid]);
        var list = new List<int>(a);
        Console.WriteLine(list[last]);
        Console.WriteLine(last.IsFromEnd + " " + last.Value + " " + last.GetOffset(5) + " " + mid.Start + " " + mid.End);
        var (off, len) = mid.GetOffsetAndLength(10);
        Console.WriteLine(off + " " + len + " " + (mid.Equals(1..^1)) + " " + Index.FromEnd(2) + " " + Range.All);
        Console.WriteLine(Index.Start.Equals(first));
        try { var bad = new Index(-1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }
    }
}
// expect: ^1 0 1..^1 0..^0 2..^0 0..3
// expect: 50 10 20,30,40 30,40,50
// expect: bcde
// expect: 50
// expect: True 1 4 1 ^1
// expect: 1 8 True ^2 0..^0
// expect: True
// expect: ArgumentOutOfRangeException
