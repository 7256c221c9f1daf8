// Lambdas in field initializers run before the base constructor: they become static methods, so the built assembly verifies.
using System;

class Counter
{
    public Func<int, int> Twice = x => x * 2;
    public static Func<int, int> Square = x => x * x;
    private int start;
    public Func<int> Start;

    public Counter(int s)
    {
        start = s;
        Start = () => start;
    }
}

class Program
{
    static void Main()
    {
        var c = new Counter(7);
        Console.WriteLine(c.Twice(21)); // expect: 42
        Console.WriteLine(Counter.Square(9)); // expect: 81
        Console.WriteLine(c.Start()); // expect: 7
    }
}
