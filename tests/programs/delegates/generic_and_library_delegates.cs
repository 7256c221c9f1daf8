// Generic delegate declarations and the library delegates: Func, Action, Predicate, Comparison, Converter, EventHandler.
using System;

delegate T Op<T>(T a, T b);
delegate TResult Mapper<TIn, TResult>(TIn value);

class Program
{
    static int Add(int a, int b) { return a + b; }
    static string Join(string a, string b) { return a + "-" + b; }
    static double Half(int x) { return x / 2.0; }
    static bool IsEven(int x) { return x % 2 == 0; }
    static int ByLength(string a, string b) { return a.Length - b.Length; }
    static string Stars(int n) { return new string('*', n); }
    static int Answer() { return 42; }
    static void Hello() { Console.WriteLine("hello"); }
    static void Pair(string s, int n) { Console.WriteLine(s + "#" + n); }
    static int Sum5(int a, int b, int c, int d, int e) { return a + b + c + d + e; }
    static int Sum16(int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8,
                     int a9, int a10, int a11, int a12, int a13, int a14, int a15, int a16)
    {
        return a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12 + a13 + a14 + a15 + a16 * 1000;
    }
    static void OnClick(object sender, EventArgs e) { Console.WriteLine("clicked by " + sender); }

    static T Fold<T>(T[] items, Op<T> op)
    {
        T acc = items[0];
        for (int i = 1; i < items.Length; i++) acc = op(acc, items[i]);
        return acc;
    }

    static void Main()
    {
        Op<int> add = Add;
        Op<string> join = Join;
        Console.WriteLine(add(3, 4)); // expect: 7
        Console.WriteLine(join("x", "y")); // expect: x-y
        Console.WriteLine(Fold<int>(new int[] { 1, 2, 3, 4 }, add)); // expect: 10
        Console.WriteLine(Fold<string>(new string[] { "a", "b", "c" }, Join)); // expect: a-b-c

        Mapper<int, double> half = Half;
        Console.WriteLine(half(5)); // expect: 2.5

        Func<int> answer = Answer;
        Func<int, int, int> add2 = Add;
        Func<int, int, int, int, int, int> sum5 = Sum5;
        Console.WriteLine(answer() + " " + add2(20, 22) + " " + sum5(1, 2, 3, 4, 5)); // expect: 42 42 15

        Func<int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int> sum16 = Sum16;
        Console.WriteLine(sum16(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)); // expect: 16120

        Action hello = Hello;
        Action<string, int> pair = Pair;
        hello(); // expect: hello
        pair("p", 9); // expect: p#9

        Predicate<int> even = IsEven;
        Console.WriteLine(even(10) + " " + even(7)); // expect: True False

        Comparison<string> byLength = ByLength;
        Console.WriteLine(byLength("abc", "z") > 0); // expect: True
        Console.WriteLine(byLength("ab", "cd")); // expect: 0

        Converter<int, string> stars = Stars;
        Console.WriteLine(stars(3)); // expect: ***

        EventHandler click = OnClick;
        click("button", EventArgs.Empty); // expect: clicked by button
    }
}
