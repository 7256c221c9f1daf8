// Closures in instance methods capturing this together with locals and parameters: fields and properties read and written through the closure, calls to instance and virtual methods, and closures of two objects kept apart.
using System;
using System.Collections.Generic;

class Counter
{
    int count;
    string name;
    public int Total { get; set; }

    public Counter(string name) { this.name = name; }

    public Action MakeIncrement(int by)
    {
        int calls = 0;
        return () => { calls++; count += by; Total += by * calls; };
    }

    public Func<string> MakeReport()
    {
        string sep = ":";
        return () => name + sep + count + sep + Total;
    }

    public Action<string> MakeRenamer()
    {
        return n => { name = n; };
    }

    public int Count { get { return count; } }
}

class Shape
{
    protected int size;
    public Shape(int size) { this.size = size; }
    public virtual string Kind() { return "shape"; }
    public Func<int, string> Describer(string prefix)
    {
        int extra = 1;
        Func<int, string> f = k => prefix + Kind() + (size * k + extra);
        extra = 2;
        return f;
    }
    public void Grow(int by) { size += by; }
}

class Square : Shape
{
    public Square(int s) : base(s) { }
    public override string Kind() { return "square"; }
    public Action Doubler() { return () => size *= 2; }
}

class Registry
{
    List<string> items = new List<string>();
    int nextId = 1;

    public Func<string, int> Adder()
    {
        int added = 0;
        return s => { items.Add(s + "#" + nextId); added++; nextId++; return added; };
    }

    public override string ToString() { return string.Join(" ", items.ToArray()); }
}

class Program
{
    static void Main()
    {
        var a = new Counter("a");
        var b = new Counter("b");
        Action incA = a.MakeIncrement(2);
        Action incB = b.MakeIncrement(10);
        Func<string> repA = a.MakeReport();
        Func<string> repB = b.MakeReport();
        incA(); incA(); incA();
        incB();
        Console.WriteLine(repA());
        Console.WriteLine(repB());
        a.MakeRenamer()("alpha");
        a.Total = 0;
        Console.WriteLine(repA() + " " + a.Count);

        Shape sh = new Shape(3);
        Square sq = new Square(4);
        Func<int, string> d1 = sh.Describer(">");
        Func<int, string> d2 = sq.Describer("=");
        sh.Grow(1);
        Console.WriteLine(d1(10));
        Console.WriteLine(d2(10));
        sq.Doubler()();
        Console.WriteLine(d2(1));

        var reg = new Registry();
        Func<string, int> add1 = reg.Adder();
        Func<string, int> add2 = reg.Adder();
        add1("x"); add2("y");
        int n1 = add1("z");
        Console.WriteLine(n1 + " " + reg);
    }
}
// expect: a:6:12
// expect: b:10:10
// expect: alpha:6:0 6
// expect: >shape42
// expect: =square42
// expect: =square10
// expect: 2 x#1 y#2 z#3
