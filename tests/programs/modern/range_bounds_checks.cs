// Ranges out of bounds throw as .NET's do: a slice of an array past its end or reversed is ArgumentOutOfRangeException for 'length' (Range.GetOffsetAndLength's check), a substring out of range ArgumentOutOfRangeException, an index from the end before the start IndexOutOfRangeException.
// hand-checked: C# 8 ranges; mcs 6.8 cannot compile them; output checked on CoreCLR 3.1 and Mono running Sharp's build
using System;
class P {
    static void Main() {
        int[] a = { 1, 2, 3, 4, 5 };
        Console.WriteLine(string.Join(",", a[1..4]));
        foreach (var (s, e) in new[] { (1, 10), (3, 2), (0, 5), (5, 5) }) {
            try { Console.WriteLine(a[s..e].Length); }
            catch (ArgumentOutOfRangeException ex) { Console.WriteLine(ex.GetType().Name + " " + ex.ParamName); }
        }
        try { Console.WriteLine("hello"[2..9]); } catch (ArgumentOutOfRangeException ex) { Console.WriteLine(ex.GetType().Name); }
        try { Console.WriteLine(a[^6]); } catch (IndexOutOfRangeException ex) { Console.WriteLine(ex.GetType().Name); }
    }
}
// expect: 2,3,4
// expect: ArgumentOutOfRangeException length
// expect: ArgumentOutOfRangeException length
// expect: 5
// expect: 0
// expect: ArgumentOutOfRangeException
// expect: IndexOutOfRangeException
