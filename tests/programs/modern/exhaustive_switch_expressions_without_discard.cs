// Switch expressions that are exhaustive without a discard arm: bool true/false, bool? with null, complementary relational ranges on int and char, null plus a declaration pattern of the input type, null plus a positional (var, var) pattern, and a var catch-all, and a nested property pattern chain ending in { }; Roslyn emits no fallback throw and no CS8509 warning for them.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec
using System;

class Pair
{
    public int A, B;
    public Pair(int a, int b) { A = a; B = b; }
    public void Deconstruct(out int a, out int b) { a = A; b = B; }
}
class Box { public Pair Inner; }

class Program
{
    static string YesNo(bool b) => b switch { true => "yes", false => "no" };
    static string Tri(bool? b) => b switch { true => "T", false => "F", null => "?" };
    static string Sign(int n) => n switch { < 0 => "neg", 0 => "zero", > 0 => "pos" };
    static string Half(char c) => c switch { < 'n' => "a-m", >= 'n' => "n-z" };
    static string Obj(object o) => o switch { string s => "s:" + s, null => "null", object x => "o:" + x };
    static string PairText(Pair p) => p switch { null => "none", (0, _) => "zero-first", (var a, var b) => a + "/" + b };
    static string Any(object o) => o switch { int i => "int " + i, var other => "var " + (other ?? "null") };
    static string BoxText(Box b) => b switch
    {
        null => "no box",
        { Inner: null } => "empty box",
        { Inner: { A: > 0 } } => "positive",
        { Inner: { } } => "other",
    };

    static void Main()
    {
        Console.WriteLine(YesNo(true) + YesNo(false) + Tri(true) + Tri(false) + Tri(null));
        Console.WriteLine(Sign(-3) + Sign(0) + Sign(int.MaxValue) + Sign(int.MinValue));
        Console.WriteLine(Half('a') + " " + Half('z') + " " + Half('n'));
        Console.WriteLine(Obj("x") + " " + Obj(null) + " " + Obj(4));
        Console.WriteLine(PairText(null) + " " + PairText(new Pair(0, 9)) + " " + PairText(new Pair(3, 4)));
        Console.WriteLine(Any(1) + " " + Any("s") + " " + Any(null));
        Console.WriteLine(BoxText(null) + ", " + BoxText(new Box()) + ", " + BoxText(new Box { Inner = new Pair(1, 0) }) + ", " + BoxText(new Box { Inner = new Pair(-1, 0) }));
    }
}
// expect: yesnoTF?
// expect: negzeroposneg
// expect: a-m n-z n-z
// expect: s:x null o:4
// expect: none zero-first 3/4
// expect: int 1 var s var null
// expect: no box, empty box, positive, other
