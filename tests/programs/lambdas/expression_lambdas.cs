// Expression-bodied lambdas: one, two, zero and explicitly typed parameters, converted to custom, generic and library delegates.
using System;

delegate int Unary(int x);
delegate T Combine<T>(T a, T b);

class Program
{
    static void Main()
    {
        Func<int, int> twice = x => x * 2;
        Func<int, int, int> add = (a, b) => a + b;
        Func<string> hello = () => "hello";
        Func<int, int> explicitTyped = (int x) => x - 1;
        Func<int, int> parens = (x) => x % 7;
        Unary square = x => x * x;
        Combine<string> concat = (a, b) => b + a;
        Combine<double> avg = (double a, double b) => (a + b) / 2;

        Console.WriteLine(twice(21)); // expect: 42
        Console.WriteLine(add(2, 3)); // expect: 5
        Console.WriteLine(hello()); // expect: hello
        Console.WriteLine(explicitTyped(10)); // expect: 9
        Console.WriteLine(parens(30)); // expect: 2
        Console.WriteLine(square(square(3))); // expect: 81
        Console.WriteLine(concat("world", "hello ")); // expect: hello world
        Console.WriteLine(avg(3, 4)); // expect: 3.5

        Predicate<string> empty = s => s.Length == 0;
        Console.WriteLine(empty("") + " " + empty("x")); // expect: True False
        Comparison<int> desc = (a, b) => b - a;
        Console.WriteLine(desc(1, 5)); // expect: 4
        Converter<int, string> hex = n => n.ToString("X");
        Console.WriteLine(hex(255)); // expect: FF

        Action<string> print = s => Console.WriteLine("> " + s);
        print("action"); // expect: > action
        Action noop = () => Console.WriteLine("called");
        noop.Invoke(); // expect: called

        Func<bool, string> pick = b => b ? "yes" : "no";
        Console.WriteLine(pick(true) + pick(false)); // expect: yesno
        Func<int, int, bool> less = (a, b) => a < b;
        Console.WriteLine(less(1, 2) && !less(2, 1)); // expect: True

        Func<int, int> stored = twice;
        twice = x => x * 3;
        Console.WriteLine(stored(5) + " " + twice(5)); // expect: 10 15
        Func<int, int> casted = (Func<int, int>)(x => x + 100);
        Console.WriteLine(casted(1)); // expect: 101
    }
}
