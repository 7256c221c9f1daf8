// Recursive lambdas through a captured local (Func f = null; f = n => ... f(n - 1) ...): factorial, Fibonacci with a memo, mutual recursion, recursion with an accumulator, and rebinding the local.
using System;
using System.Collections.Generic;

class Program
{
    static Func<int, long> MakeFactorial()
    {
        Func<int, long> fact = null;
        fact = n => n <= 1 ? 1 : n * fact(n - 1);
        return fact;
    }

    static void Main()
    {
        Func<int, long> fact = MakeFactorial();
        Console.WriteLine(fact(10));
        Console.WriteLine(fact(20));

        // memoized Fibonacci: the dictionary and the lambda are both captured
        var memo = new Dictionary<int, long>();
        int evaluations = 0;
        Func<int, long> fib = null;
        fib = n =>
        {
            long cached;
            if (memo.TryGetValue(n, out cached)) return cached;
            evaluations++;
            long v = n < 2 ? n : fib(n - 1) + fib(n - 2);
            memo[n] = v;
            return v;
        };
        Console.WriteLine(fib(80) + " " + evaluations);

        // mutual recursion through two locals
        Func<int, bool> isEven = null, isOdd = null;
        isEven = n => n == 0 || isOdd(n - 1);
        isOdd = n => n != 0 && isEven(n - 1);
        Console.WriteLine(isEven(10) + " " + isOdd(7) + " " + isEven(7));

        // recursion building a string, capturing a separator local
        string sep = "-";
        Func<int, string> countDown = null;
        countDown = n => n == 0 ? "0" : n + sep + countDown(n - 1);
        Console.WriteLine(countDown(5));
        sep = "/";
        Console.WriteLine(countDown(3));

        // recursive Action walking a tree of nested arrays, summing into a captured total
        int total = 0;
        int depthMax = 0;
        Action<object, int> walk = null;
        walk = (node, depth) =>
        {
            if (depth > depthMax) depthMax = depth;
            object[] children = node as object[];
            if (children == null) { total += (int)node; return; }
            foreach (object c in children) walk(c, depth + 1);
        };
        walk(new object[] { 1, new object[] { 2, 3, new object[] { 4 } }, 5 }, 0);
        Console.WriteLine(total + " " + depthMax);

        // rebinding the local changes what the recursive call invokes
        Func<int, int> sum = null;
        sum = n => n == 0 ? 0 : n + sum(n - 1);
        Func<int, int> original = sum;
        Console.WriteLine(original(4));
        sum = n => 1000;
        Console.WriteLine(original(4));

        // gcd with two parameters
        Func<int, int, int> gcd = null;
        gcd = (a, b) => b == 0 ? a : gcd(b, a % b);
        Console.WriteLine(gcd(1071, 462));

        // Ackermann-like nested recursion with a call counter
        int calls = 0;
        Func<int, int, int> ack = null;
        ack = (m, n) =>
        {
            calls++;
            if (m == 0) return n + 1;
            if (n == 0) return ack(m - 1, 1);
            return ack(m - 1, ack(m, n - 1));
        };
        Console.WriteLine(ack(2, 3) + " " + calls);
    }
}
// expect: 3628800
// expect: 2432902008176640000
// expect: 23416728348467685 81
// expect: True True False
// expect: 5-4-3-2-1-0
// expect: 3/2/1/0
// expect: 15 3
// expect: 10
// expect: 1004
// expect: 21
// expect: 9 44
