// .NET Core 3.0+ API the core library adds: Zip without a result selector (tuples, deconstructed in foreach), string.Join with a char separator, Split with one char and options.
// mono-lacks: Enumerable.Zip(first, second) is .NET Core 3.0; Mono 6.8's System.Core lacks it
using System;
using System.Linq;
class P {
    static void Main() {
        Console.WriteLine(string.Join(',', new[] { "a", "b" }));
        Console.WriteLine(string.Join('-', 1, 2, 3));
        Console.WriteLine(string.Join('|', Enumerable.Range(1, 3)));
        Console.WriteLine("a,,b".Split(',', StringSplitOptions.RemoveEmptyEntries).Length + " " + "a,,b".Split(',').Length + " " + "a,b,c".Split(',', 2)[1]);
        foreach (var (n, w) in new[] { 1, 2, 3 }.Zip(new[] { "one", "two" })) Console.WriteLine(n + "=" + w);
        var z = new[] { 1, 2 }.Zip(new[] { 'x', 'y' }).First();
        Console.WriteLine(z.Item1 + " " + z.Item2 + " " + z);
    }
}
// expect: a,b
// expect: 1-2-3
// expect: 1|2|3
// expect: 2 3 b,c
// expect: 1=one
// expect: 2=two
// expect: 1 x (1, x)
