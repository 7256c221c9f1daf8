// Tuple element names through generic substitution: a generic method's IEnumerable<(T Item, int Rank)> and a generic class's (T Value, bool Ok) keep their names once T is given.
// hand-checked: uses default(T)! (C# 8); output checked on CoreCLR 3.1 and Mono running Sharp's build
using System;
using System.Collections.Generic;
using System.Linq;
static class Ext
{
    public static IEnumerable<(T Item, int Rank)> Ranked<T>(this IEnumerable<T> src)
    {
        int i = 0;
        foreach (var x in src) yield return (x, ++i);
    }
}
class Box<T>
{
    public T Value = default(T)!;
    public (T Value, bool Ok) Get() => (Value, true);
}
class P
{
    static void Main()
    {
        foreach (var t in new[] { "a", "b" }.Ranked())
            Console.WriteLine($"{t.Rank}:{t.Item}");
        Console.WriteLine(new[] { 5, 6, 7 }.Ranked().Count(t => t.Rank > 1));
        Console.WriteLine(new Box<string> { Value = "v" }.Get().Ok);
    }
}
// expect: 1:a
// expect: 2:b
// expect: 2
// expect: True
