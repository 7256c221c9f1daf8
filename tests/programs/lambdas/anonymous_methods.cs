// Anonymous methods: `delegate (T x) { ... }` with parameters, and `delegate { ... }` without a list converting to any parameter list.
using System;

delegate void Notify(string who, int count);
delegate int Compute(int x);

class Program
{
    static void Main()
    {
        Compute triple = delegate (int x) { return x * 3; };
        Console.WriteLine(triple(14)); // expect: 42

        Func<int, int, int> sub = delegate (int a, int b) { return a - b; };
        Console.WriteLine(sub(10, 4)); // expect: 6

        Func<string> greeting = delegate { return "hi there"; };
        Console.WriteLine(greeting()); // expect: hi there

        Notify ignoreArgs = delegate { Console.WriteLine("notified"); };
        ignoreArgs("anyone", 3); // expect: notified

        Notify full = delegate (string who, int count)
        {
            for (int i = 0; i < count; i++) Console.WriteLine(who + " " + i);
        };
        full("tick", 2);
        // expect: tick 0
        // expect: tick 1

        Compute parameterless = delegate { return 7; };
        Console.WriteLine(parameterless(1000)); // expect: 7

        Action empty = delegate () { };
        empty();
        Console.WriteLine("empty ran"); // expect: empty ran

        Predicate<int> positive = delegate (int n) { return n > 0; };
        Console.WriteLine(positive(5) + " " + positive(-5)); // expect: True False

        Notify both = full;
        both += ignoreArgs;
        both += delegate (string w, int c) { Console.WriteLine("last " + w + c); };
        both("m", 1);
        // expect: m 0
        // expect: notified
        // expect: last m1
        Console.WriteLine(both.GetInvocationList().Length); // expect: 3

        Func<int, string> lambdaAndAnon = x => x > 0 ? "lambda" : "none";
        Func<int, string> anon = delegate (int x) { return x > 0 ? "anonymous" : "none"; };
        Console.WriteLine(lambdaAndAnon(1) + " " + anon(1)); // expect: lambda anonymous
    }
}
