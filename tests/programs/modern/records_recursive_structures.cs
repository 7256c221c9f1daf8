// Recursive records: an immutable linked list and an expression tree built from records, with recursive value equality, recursive ToString (computed properties included), rebuilding with `with`, iterators over records, and a generic base record whose user-defined ToString is not inherited by a derived record (C# 9 synthesizes ToString again in every record).
// hand-checked: C# 9 records; mcs 6.8 cannot compile them; output checked on CoreCLR 3.1 running Sharp's build
using System;
using System.Collections.Generic;
using System.Linq;

record Node(int Value, Node Next)
{
    public int Length => 1 + (Next?.Length ?? 0);
    public IEnumerable<int> Values()
    {
        for (var n = this; n != null; n = n.Next) yield return n.Value;
    }
    public static Node FromList(params int[] xs) => xs.Reverse().Aggregate((Node)null, (acc, x) => new Node(x, acc));
}

abstract record Expr
{
    public abstract int Eval();
}
record Num(int N) : Expr
{
    public override int Eval() => N;
}
record Add(Expr L, Expr R) : Expr
{
    public override int Eval() => L.Eval() + R.Eval();
}
record Mul(Expr L, Expr R) : Expr
{
    public override int Eval() => L.Eval() * R.Eval();
}

record Box<T>(T Value)
{
    public override string ToString() => $"<{Value}>";
}
record Labeled(int Value, string Label) : Box<int>(Value);

class Program
{
    static Expr Simplify(Expr e) => e switch
    {
        Add a => Reduce(a with { L = Simplify(a.L), R = Simplify(a.R) }),
        Mul m => Reduce(m with { L = Simplify(m.L), R = Simplify(m.R) }),
        _ => e,
    };

    static Expr Reduce(Expr e) => e switch
    {
        Add(Num(0), var r) => r,
        Add(var l, Num(0)) => l,
        Mul(Num(1), var r) => r,
        Mul(var l, Num(1)) => l,
        Mul(Num(0), _) or Mul(_, Num(0)) => new Num(0),
        _ => e,
    };

    static void Main()
    {
        var list = Node.FromList(1, 2, 3);
        Console.WriteLine(list.Length);
        Console.WriteLine(string.Join(",", list.Values()));
        Console.WriteLine(list);
        Console.WriteLine(list == Node.FromList(1, 2, 3));
        Console.WriteLine(list == Node.FromList(1, 2, 4));
        var changedTail = list with { Next = list.Next with { Value = 20 } };
        Console.WriteLine(string.Join(",", changedTail.Values()) + " / " + string.Join(",", list.Values()));
        Console.WriteLine(ReferenceEquals(changedTail.Next.Next, list.Next.Next));

        Expr e = new Add(new Mul(new Num(1), new Num(7)), new Add(new Num(0), new Mul(new Num(3), new Num(0))));
        Console.WriteLine(e);
        Console.WriteLine(e.Eval());
        var s = Simplify(e);
        Console.WriteLine(s);
        Console.WriteLine(s.Eval());
        Console.WriteLine(Simplify(s) == s);
        Console.WriteLine(new Add(new Num(1), new Num(2)) == new Add(new Num(1), new Num(2)));
        Console.WriteLine(new Add(new Num(1), new Num(2)).Equals(new Mul(new Num(1), new Num(2))));
        var seen = new HashSet<Expr> { new Num(1), new Add(new Num(1), new Num(1)), new Num(1), new Add(new Num(1), new Num(1)) };
        Console.WriteLine(seen.Count);

        Console.WriteLine(new Box<string>("gift"));
        var l = new Labeled(3, "three");
        Console.WriteLine(l);
        Box<int> asBox = l;
        Console.WriteLine(asBox.ToString());
        Console.WriteLine(asBox == new Box<int>(3));
        Console.WriteLine((asBox with { Value = 4 }).GetType().Name);
    }
}
// expect: 3
// expect: 1,2,3
// expect: Node { Value = 1, Next = Node { Value = 2, Next = Node { Value = 3, Next = , Length = 1 }, Length = 2 }, Length = 3 }
// expect: True
// expect: False
// expect: 1,20,3 / 1,2,3
// expect: True
// expect: Add { L = Mul { L = Num { N = 1 }, R = Num { N = 7 } }, R = Add { L = Num { N = 0 }, R = Mul { L = Num { N = 3 }, R = Num { N = 0 } } } }
// expect: 7
// expect: Num { N = 7 }
// expect: 7
// expect: True
// expect: True
// expect: False
// expect: 2
// expect: <gift>
// expect: Labeled { Value = 3, Label = three }
// expect: Labeled { Value = 3, Label = three }
// expect: False
// expect: Labeled
