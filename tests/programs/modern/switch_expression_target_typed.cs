// Switch expressions whose arms have no best common type convert to the target type (the C# 8 switch expression conversion): int? from int and null arms, object and IComparable from int and string arms, string from all-null arms, a delegate type from lambda arms, and a method argument.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec
using System;

class Program
{
    static int? Lookup(string key) => key switch { "a" => 1, "b" => 200, _ => null };
    static string Describe(object o) => o == null ? "null" : o.GetType().Name + ":" + o;

    static void Main()
    {
        Console.WriteLine(Lookup("a") + " " + Lookup("b") + " " + Lookup("q").HasValue);
        foreach (var b in new[] { true, false })
        {
            object o = b switch { true => 1, false => "one" };
            IComparable c = b switch { true => 5, _ => "five" };
            string s = b switch { true => null, _ => null };
            Func<int, int> f = b switch { true => x => x + 1, _ => x => x * 10 };
            Console.WriteLine($"{Describe(o)} {c.CompareTo(c)} {s == null} {f(3)}");
        }
        Console.WriteLine(Describe(3 switch { 3 => 'c', _ => "str" }));
    }
}
// expect: 1 200 False
// expect: Int32:1 0 True 4
// expect: String:one 0 True 30
// expect: Char:c
