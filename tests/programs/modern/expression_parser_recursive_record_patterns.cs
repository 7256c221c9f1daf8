// Expression parser and simplifier: tokens as named tuples matched with positional patterns and or-patterns on strings, abstract record AST, recursive positional and property patterns in switch expressions with when-guards, pattern-based constant folding, record structural equality and nested ToString, exception filter with an or type pattern
// hand-checked: C# 8/9 features mcs 6.8 cannot compile; output checked on CoreCLR 3.1 and Mono running Sharp's build
using System;
using System.Collections.Generic;
using System.Linq;

abstract record Expr;
record Num(double Value) : Expr;
record Var(string Name) : Expr;
record Bin(char Op, Expr Left, Expr Right) : Expr;
record Neg(Expr Inner) : Expr;

enum TokKind { Number, Ident, Op, LParen, RParen, End }

class Parser
{
    private readonly List<(TokKind Kind, string Text)> toks = new();
    private int pos;

    public Parser(string src)
    {
        int i = 0;
        while (i < src.Length)
        {
            char c = src[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsDigit(c) || c == '.')
            {
                int start = i;
                while (i < src.Length && (char.IsDigit(src[i]) || src[i] == '.')) i++;
                toks.Add((TokKind.Number, src[start..i]));
                continue;
            }
            if (char.IsLetter(c))
            {
                int start = i;
                while (i < src.Length && char.IsLetterOrDigit(src[i])) i++;
                toks.Add((TokKind.Ident, src[start..i]));
                continue;
            }
            toks.Add((c switch { '(' => TokKind.LParen, ')' => TokKind.RParen, '+' or '-' or '*' or '/' or '^' => TokKind.Op,
                _ => throw new FormatException($"unexpected '{c}' at {i}") }, c.ToString()));
            i++;
        }
        toks.Add((TokKind.End, ""));
    }

    (TokKind Kind, string Text) Peek => toks[pos];
    (TokKind Kind, string Text) Next() => toks[pos++];

    public Expr ParseAll()
    {
        var e = ParseSum();
        if (Peek.Kind != TokKind.End) throw new FormatException($"trailing '{Peek.Text}'");
        return e;
    }

    Expr ParseSum()
    {
        var left = ParseProduct();
        while (Peek is (TokKind.Op, "+" or "-") t)
        {
            Next();
            left = new Bin(t.Text[0], left, ParseProduct());
        }
        return left;
    }

    Expr ParseProduct()
    {
        var left = ParseUnary();
        while (Peek is (TokKind.Op, "*" or "/"))
            left = new Bin(Next().Text[0], left, ParseUnary());
        return left;
    }

    Expr ParseUnary() => Peek is (TokKind.Op, "-") ? (Next(), new Neg(ParseUnary())).Item2 : ParsePower();

    Expr ParsePower()
    {
        var b = ParseAtom();
        return Peek is (TokKind.Op, "^") ? (Next(), new Bin('^', b, ParseUnary())).Item2 : b;
    }

    Expr ParseAtom() => Next() switch
    {
        (TokKind.Number, var n) => new Num(double.Parse(n)),
        (TokKind.Ident, var id) => new Var(id),
        (TokKind.LParen, _) => ParseSum() is var inner && Next().Kind == TokKind.RParen ? inner : throw new FormatException("missing )"),
        (var k, var t) => throw new FormatException($"unexpected {k} '{t}'")
    };
}

static class Algebra
{
    public static Expr Simplify(Expr e) => e switch
    {
        Bin(var op, var l, var r) => Fold(new Bin(op, Simplify(l), Simplify(r))),
        Neg(Neg(var x)) => Simplify(x),
        Neg(Num(var v)) => new Num(-v),
        Neg(var x) => new Neg(Simplify(x)),
        _ => e
    };

    static Expr Fold(Bin b) => b switch
    {
        (_, Num l, Num r) => new Num(Apply(b.Op, l.Value, r.Value)),
        ('+', Num { Value: 0 }, var x) => x,
        ('+', var x, Num { Value: 0 }) => x,
        ('*', Num { Value: 1 }, var x) => x,
        ('*', var x, Num { Value: 1 }) => x,
        ('*', Num { Value: 0 }, _) or ('*', _, Num { Value: 0 }) => new Num(0),
        ('-', var x, var y) when x == y => new Num(0),
        ('/', var x, Num { Value: 1 }) => x,
        ('^', _, Num { Value: 0 }) => new Num(1),
        ('^', var x, Num { Value: 1 }) => x,
        _ => b
    };

    static double Apply(char op, double a, double b) => op switch
    {
        '+' => a + b, '-' => a - b, '*' => a * b, '/' => a / b, '^' => Math.Pow(a, b),
        _ => throw new InvalidOperationException(op.ToString())
    };

    public static double Eval(Expr e, IReadOnlyDictionary<string, double> env) => e switch
    {
        Num n => n.Value,
        Var { Name: var name } => env.TryGetValue(name, out var v) ? v : throw new KeyNotFoundException($"unbound {name}"),
        Neg { Inner: var x } => -Eval(x, env),
        Bin { Op: var op, Left: var l, Right: var r } => Apply(op, Eval(l, env), Eval(r, env)),
        _ => throw new ArgumentException(nameof(e))
    };

    public static string Show(Expr e) => e switch
    {
        Num { Value: < 0 } n => $"({n.Value})",
        Num n => n.Value.ToString(),
        Var v => v.Name,
        Neg n => $"-{Show(n.Inner)}",
        Bin b => $"({Show(b.Left)} {b.Op} {Show(b.Right)})",
        _ => "?"
    };

    public static IEnumerable<string> Vars(Expr e) => e switch
    {
        Var v => new[] { v.Name },
        Neg n => Vars(n.Inner),
        Bin b => Vars(b.Left).Concat(Vars(b.Right)),
        _ => Enumerable.Empty<string>()
    };
}

class Program
{
    static void Main()
    {
        var env = new Dictionary<string, double> { ["x"] = 3, ["y"] = 0.5, ["rate"] = 0.1 };
        string[] inputs =
        {
            "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "x * 1 + 0 * y", "--x",
            "(x - x) + y / 1", "rate * 100 + 2.5", "1 / 4", "x ^ 0 + z", "(1 + 2", "3 $ 4", "1 2",
        };
        foreach (var src in inputs)
        {
            try
            {
                var tree = new Parser(src).ParseAll();
                var simp = Algebra.Simplify(tree);
                var vars = string.Join(",", Algebra.Vars(simp).Distinct().OrderBy(v => v));
                Console.WriteLine($"{src,-16} => {Algebra.Show(simp),-22} vars[{vars}] = {Algebra.Eval(simp, env)}");
            }
            catch (Exception ex) when (ex is FormatException or KeyNotFoundException)
            {
                Console.WriteLine($"{src,-16} => {ex.GetType().Name}: {ex.Message}");
            }
        }
        var a = new Parser("x * (y + 1)").ParseAll();
        var b = new Parser("x*(y+1)").ParseAll();
        Console.WriteLine($"structural equality: {a == b}, {a.Equals(new Parser("x*(1+y)").ParseAll())}");
        Console.WriteLine(a);
        if (a is Bin { Right: Bin { Op: '+', Right: Num { Value: var k } } })
            Console.WriteLine($"adds {k}");
    }
}
// expect: 1 + 2 * 3        => 7                      vars[] = 7
// expect: (1 + 2) * 3      => 9                      vars[] = 9
// expect: 2 ^ 3 ^ 2        => 512                    vars[] = 512
// expect: -x ^ 2           => -(x ^ 2)               vars[x] = -9
// expect: x * 1 + 0 * y    => x                      vars[x] = 3
// expect: --x              => x                      vars[x] = 3
// expect: (x - x) + y / 1  => y                      vars[y] = 0.5
// expect: rate * 100 + 2.5 => ((rate * 100) + 2.5)   vars[rate] = 12.5
// expect: 1 / 4            => 0.25                   vars[] = 0.25
// expect: x ^ 0 + z        => KeyNotFoundException: unbound z
// expect: (1 + 2           => FormatException: missing )
// expect: 3 $ 4            => FormatException: unexpected '$' at 2
// expect: 1 2              => FormatException: trailing '2'
// expect: structural equality: True, False
// expect: Bin { Op = *, Left = Var { Name = x }, Right = Bin { Op = +, Left = Var { Name = y }, Right = Num { Value = 1 } } }
// expect: adds 1
