// The ?: operator: right associativity, only one branch evaluated, and its result type.
using System;

class Program
{
    static string Sign(int x)
    {
        return x < 0 ? "negative" : x == 0 ? "zero" : "positive";
    }

    static int Loud(int v)
    {
        Console.Write("[" + v + "]");
        return v;
    }

    static void Main()
    {
        Console.WriteLine(Sign(-5)); // expect: negative
        Console.WriteLine(Sign(0)); // expect: zero
        Console.WriteLine(Sign(9)); // expect: positive
        bool c = true;
        Console.WriteLine(c ? Loud(1) : Loud(2)); // expect: [1]1
        Console.WriteLine(!c ? Loud(1) : Loud(2)); // expect: [2]2
        int i = 3;
        double d = i > 2 ? i : 0.5;
        Console.WriteLine(d / 2); // expect: 1.5
        Console.WriteLine((i % 2 == 0 ? "even" : "odd") + "!"); // expect: odd!
        int max = i > 10 ? i : 10;
        Console.WriteLine(max); // expect: 10
    }
}
