// Small methods the VM inlines into their callers behave exactly as calls:
// arguments are evaluated once and are the callee's own copies, struct
// receivers are mutated in place, several returns meet, static constructors
// run first, exceptions reach the caller's handlers, virtual calls dispatch.
using System;

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public void Move(int d) { X += d; Y += d; }
    public int Sum => X + Y;
    public Point Mirror() => new Point(Y, X);
}

static class Config
{
    public static readonly int Scale;
    static Config()
    {
        Console.WriteLine("Config initialised");
        Scale = 10;
    }
    public static int Scaled(int x) => x * Scale;
}

class Animal
{
    public virtual string Sound() => "...";
    public string Speak() => Sound() + "!";
}

class Dog : Animal
{
    public override string Sound() => "woof";
}

class Pair<A, B>
{
    readonly A first;
    readonly B second;
    public Pair(A a, B b) { first = a; second = b; }
    public A First => first;
    public B Second => second;
}

class Program
{
    static int calls;

    static int Next() { calls++; return calls; }
    static int Square(int x) => x * x;
    static int Max(int a, int b) { if (a > b) return a; return b; }
    static int Decrement(int n) { n--; return n; }
    static void Clear(Point p) { p.X = 0; p.Y = 0; }
    static T Identity<T>(T x) => x;
    static T FirstOf<T>(Pair<T, string> p) => p.First;
    static int Div(int a, int b) => a / b;
    static string Describe(int n) => n.ToString() + "#";
    static int Fact(int n) => n <= 1 ? 1 : n * Fact(n - 1);
    static int NonNegative(int x)
    {
        if (x < 0) throw new ArgumentException("negative");
        return x;
    }

    static void Main()
    {
        Console.WriteLine(Square(Next()) + " " + calls);
        Console.WriteLine(Max(3, 9) + " " + Max(9, 3));

        int n = 5;
        Console.WriteLine(Decrement(n) + " " + n);

        var p = new Point(1, 2);
        Clear(p);
        Console.WriteLine(p.X + "," + p.Y);
        p.Move(3);
        Console.WriteLine(p.X + "," + p.Y + " sum " + p.Sum);
        var m = p.Mirror();
        Console.WriteLine(m.X + "," + m.Y);

        Console.WriteLine("before Config");
        Console.WriteLine(Config.Scaled(4));
        Console.WriteLine(Config.Scaled(5));

        Animal a = new Dog();
        Console.WriteLine(a.Speak());

        var pair = new Pair<int, string>(42, "answer");
        Console.WriteLine(FirstOf(pair) + " " + pair.Second);
        Console.WriteLine(Identity(7) + Identity("x") + Identity(2.5));

        try
        {
            Console.WriteLine(Div(1, 0));
        }
        catch (DivideByZeroException)
        {
            Console.WriteLine("caught division");
        }

        try
        {
            Console.WriteLine(NonNegative(3));
            Console.WriteLine(NonNegative(-3));
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("caught " + e.Message);
        }

        Console.WriteLine(Describe(12));
        Console.WriteLine(Fact(10));

        long total = 0;
        for (int i = 0; i < 1000; i++)
            total += Max(Square(i % 7), Decrement(i % 5));
        Console.WriteLine(total);
    }
}
// expect: 1 1
// expect: 9 9
// expect: 4 5
// expect: 1,2
// expect: 4,5 sum 9
// expect: 5,4
// expect: before Config
// expect: Config initialised
// expect: 40
// expect: 50
// expect: woof!
// expect: 42 answer
// expect: 7x2.5
// expect: caught division
// expect: 3
// expect: caught negative
// expect: 12#
// expect: 3628800
// expect: 13234
