// Patterns on values of type-parameter type: type patterns and switch expressions over an unconstrained T, `is null` on T (false for value types), default(T) compared through EqualityComparer, constant patterns on a T constrained to a class, and a generic Option type using default and is.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
using System;
using System.Collections.Generic;

class Option<T>
{
    readonly T value;
    readonly bool has;
    Option(T v, bool h) { value = v; has = h; }
    public static Option<T> Some(T v) => new Option<T>(v, true);
    public static Option<T> None => new Option<T>(default, false);
    public T OrElse(T fallback = default) => has ? value : fallback;
    public override string ToString() => has ? $"Some({Format(value)})" : "None";
    static string Format(T v) => v is null ? "null" : v.ToString();
}

class Program
{
    static string Describe<T>(T value) => value switch
    {
        null => "null " + typeof(T).Name,
        int i when i < 0 => "negative int",
        int i => "int " + i,
        string { Length: 0 } => "empty string",
        string s => "string " + s,
        IEnumerable<int> => "int sequence",
        _ => typeof(T).Name + " " + value,
    };

    static bool IsDefault<T>(T value) => EqualityComparer<T>.Default.Equals(value, default);

    static string Check<T>(T item) where T : class => item is null ? "missing" : item is string ? "text" : "object";

    static void Main()
    {
        Console.WriteLine(Describe(5) + "; " + Describe(-2) + "; " + Describe("") + "; " + Describe("hi"));
        Console.WriteLine(Describe<string>(null) + "; " + Describe<object>(7) + "; " + Describe(new List<int>()) + "; " + Describe(2.5));
        Console.WriteLine(Describe<int?>(null) + "; " + Describe<int?>(3) + "; " + Describe('x'));
        Console.WriteLine($"{IsDefault(0)} {IsDefault(1)} {IsDefault<string>(null)} {IsDefault("")} {IsDefault<double>(default)}");
        Console.WriteLine(Check("s") + " " + Check<object>(null) + " " + Check(new object()));

        var a = Option<int>.Some(4);
        var b = Option<int>.None;
        var c = Option<string>.Some(null);
        Console.WriteLine($"{a} {b} {c} {b.OrElse()} {b.OrElse(9)} {Option<string>.None.OrElse() ?? "dflt"}");
    }
}
// expect: int 5; negative int; empty string; string hi
// expect: null String; int 7; int sequence; Double 2.5
// expect: null Nullable`1; int 3; Char x
// expect: True False True False True
// expect: text missing object
// expect: Some(4) None Some(null) 0 9 dflt
