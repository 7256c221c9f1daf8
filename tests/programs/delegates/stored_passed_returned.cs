// Delegates kept in fields, static fields, arrays, List<T> and Dictionary values, passed as arguments and returned from methods.
using System;
using System.Collections.Generic;

delegate int BinOp(int a, int b);

class Calculator
{
    private BinOp current;
    private static BinOp fallback = Sub;
    public Dictionary<string, BinOp> Ops = new Dictionary<string, BinOp>();

    public static int Add(int a, int b) { return a + b; }
    public static int Sub(int a, int b) { return a - b; }
    public static int Mul(int a, int b) { return a * b; }
    public static int Max(int a, int b) { return a > b ? a : b; }

    public Calculator()
    {
        Ops["+"] = Add;
        Ops["-"] = Sub;
        Ops["*"] = Mul;
    }

    public void Use(BinOp op) { current = op; }

    public int Apply(int a, int b)
    {
        if (current == null) return fallback(a, b);
        return current(a, b);
    }

    public BinOp Lookup(string symbol)
    {
        BinOp op;
        if (Ops.TryGetValue(symbol, out op)) return op;
        return Max;
    }
}

class Program
{
    static int Twice(BinOp op, int a, int b) { return op(op(a, b), b); }

    static BinOp Pick(bool add)
    {
        if (add) return Calculator.Add;
        return new BinOp(Calculator.Mul);
    }

    static void Main()
    {
        Calculator calc = new Calculator();
        Console.WriteLine(calc.Apply(10, 3)); // expect: 7
        calc.Use(Calculator.Mul);
        Console.WriteLine(calc.Apply(10, 3)); // expect: 30

        BinOp[] table = { Calculator.Add, Calculator.Sub, Calculator.Mul, Calculator.Max };
        string line = "";
        for (int i = 0; i < table.Length; i++) line += table[i](6, 2) + " ";
        Console.WriteLine(line + "."); // expect: 8 4 12 6 .
        table[1] = table[3];
        Console.WriteLine(table[1](1, 9)); // expect: 9

        List<BinOp> list = new List<BinOp>();
        list.Add(Calculator.Max);
        list.Add(Calculator.Sub);
        int acc = 0;
        foreach (BinOp op in list) acc = op(acc, 5);
        Console.WriteLine(acc + " " + list.Count); // expect: 0 2
        Console.WriteLine(list[0](-1, -2)); // expect: -1

        Console.WriteLine(calc.Lookup("*")(4, 5)); // expect: 20
        Console.WriteLine(calc.Lookup("?")(4, 5)); // expect: 5
        Console.WriteLine(calc.Ops["-"](4, 5)); // expect: -1
        calc.Ops["-"] = Calculator.Add;
        Console.WriteLine(calc.Ops["-"](4, 5)); // expect: 9

        Console.WriteLine(Twice(Calculator.Add, 1, 10)); // expect: 21
        Console.WriteLine(Twice(calc.Lookup("*"), 2, 3)); // expect: 18
        Console.WriteLine(Pick(true)(3, 3) + " " + Pick(false)(3, 3)); // expect: 6 9

        Func<int, int>[] chain = new Func<int, int>[2];
        Console.WriteLine(chain[0] == null); // expect: True
    }
}
