// Optional parameters with constant defaults, omitted from the right.
using System;

class Program
{
    static string Greet(string name, string greeting = "Hello", int times = 1)
    {
        string r = "";
        for (int i = 0; i < times; i++) r += greeting + ", " + name + "! ";
        return r.TrimEnd();
    }

    static double Scale(double x, double factor = 2.5) => x * factor;

    static string Opt(string s = null, bool flag = true, char c = 'z', long l = -1) =>
        (s ?? "null") + " " + flag + " " + c + " " + l;

    static void Main()
    {
        Console.WriteLine(Greet("Ann")); // expect: Hello, Ann!
        Console.WriteLine(Greet("Bob", "Hi")); // expect: Hi, Bob!
        Console.WriteLine(Greet("Cy", "Yo", 2)); // expect: Yo, Cy! Yo, Cy!
        Console.WriteLine(Scale(4)); // expect: 10
        Console.WriteLine(Scale(4, 0.5)); // expect: 2
        Console.WriteLine(Opt()); // expect: null True z -1
        Console.WriteLine(Opt("s", false)); // expect: s False z -1
        Console.WriteLine(Opt("t", true, 'q', 99)); // expect: t True q 99
    }
}
