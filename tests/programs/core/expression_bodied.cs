// Expression-bodied methods and properties.
using System;

class Program
{
    static int Double(int x) => x * 2;
    static bool IsEven(int x) => x % 2 == 0;
    static string Describe(int x) => IsEven(x) ? "even" : "odd";
    static void Say(string s) => Console.WriteLine("say " + s);
    static int counter;
    static int Next => ++counter;
    static double Hyp(double a, double b) => Math.Sqrt(a * a + b * b);

    static void Main()
    {
        Console.WriteLine(Double(21)); // expect: 42
        Console.WriteLine(Describe(3)); // expect: odd
        Console.WriteLine(Describe(10)); // expect: even
        Say("hi"); // expect: say hi
        Console.WriteLine(Next + Next); // expect: 3
        Console.WriteLine(Hyp(3, 4)); // expect: 5
    }
}
