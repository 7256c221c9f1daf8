// An arithmetic expression tree evaluated and simplified with recursive switch expressions: type patterns with designations, property patterns on node fields, nested property patterns ({ Left: Num { Value: 0 } }), constants inside them, var sub-patterns and when guards.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and checked on CoreCLR 3.1 with a variant of the program that avoids the Sharp bug
using System;

abstract class Expr { }
class Num : Expr { public int Value { get; } public Num(int v) { Value = v; } }
class Var : Expr { public string Name { get; } public Var(string n) { Name = n; } }
class Bin : Expr
{
    public char Op { get; }
    public Expr Left { get; }
    public Expr Right { get; }
    public Bin(char op, Expr l, Expr r) { Op = op; Left = l; Right = r; }
}
class Neg : Expr { public Expr Inner { get; } public Neg(Expr e) { Inner = e; } }

class Program
{
    static string Show(Expr e) => e switch
    {
        Num { Value: < 0 } n => $"({n.Value})",
        Num n => n.Value.ToString(),
        Var v => v.Name,
        Neg { Inner: var inner } => "-" + Show(inner),
        Bin b => $"({Show(b.Left)} {b.Op} {Show(b.Right)})",
        _ => "?",
    };

    static int Eval(Expr e, int x) => e switch
    {
        Num n => n.Value,
        Var { Name: "x" } => x,
        Var v => throw new ArgumentException("unbound " + v.Name),
        Neg { Inner: var i } => -Eval(i, x),
        Bin { Op: '+' } b => Eval(b.Left, x) + Eval(b.Right, x),
        Bin { Op: '-' } b => Eval(b.Left, x) - Eval(b.Right, x),
        Bin { Op: '*' } b => Eval(b.Left, x) * Eval(b.Right, x),
        Bin { Op: '/', Right: Num { Value: 0 } } => throw new DivideByZeroException(),
        Bin { Op: '/' } b => Eval(b.Left, x) / Eval(b.Right, x),
        _ => throw new NotSupportedException(),
    };

    static Expr Simplify(Expr e) => e switch
    {
        Bin { Op: '+', Left: Num { Value: 0 }, Right: var r } => Simplify(r),
        Bin { Op: '+' or '-', Left: var l, Right: Num { Value: 0 } } => Simplify(l),
        Bin { Op: '*', Left: Num { Value: 0 } } or Bin { Op: '*', Right: Num { Value: 0 } } => new Num(0),
        Bin { Op: '*', Left: Num { Value: 1 }, Right: var r } => Simplify(r),
        Bin { Op: '*' or '/', Left: var l, Right: Num { Value: 1 } } => Simplify(l),
        Bin { Left: Num a, Right: Num b } bin when bin.Op != '/' => new Num(Eval(bin, 0)),
        Neg { Inner: Neg { Inner: var inner } } => Simplify(inner),
        Neg { Inner: Num { Value: var v } } => new Num(-v),
        Bin b => Rebuild(b),
        _ => e,
    };

    static Expr Rebuild(Bin b)
    {
        var l = Simplify(b.Left);
        var r = Simplify(b.Right);
        var nb = new Bin(b.Op, l, r);
        return l is Num && r is Num && b.Op != '/' ? Simplify(nb) : nb;
    }

    static void Main()
    {
        Expr x = new Var("x");
        var exprs = new Expr[]
        {
            new Bin('+', new Num(0), new Bin('*', new Num(1), x)),
            new Bin('*', new Bin('+', x, new Num(0)), new Bin('-', new Num(5), new Num(2))),
            new Neg(new Neg(new Bin('/', x, new Num(1)))),
            new Bin('*', new Bin('+', new Num(2), new Num(3)), new Num(0)),
            new Bin('-', new Neg(new Num(4)), new Bin('/', x, new Num(2))),
        };
        foreach (var e in exprs)
            Console.WriteLine($"{Show(e)} => {Show(Simplify(e))} = {Eval(e, 10)}");
        try { Eval(new Bin('/', x, new Num(0)), 1); }
        catch (DivideByZeroException) { Console.WriteLine("div by zero"); }
        try { Eval(new Var("y"), 1); }
        catch (ArgumentException ex) { Console.WriteLine(ex.Message); }
    }
}
// expect: (0 + (1 * x)) => x = 10
// expect: ((x + 0) * (5 - 2)) => (x * 3) = 30
// expect: --(x / 1) => x = 10
// expect: ((2 + 3) * 0) => 0 = 0
// expect: (-4 - (x / 2)) => ((-4) - (x / 2)) = -9
// expect: div by zero
// expect: unbound y
