// Range variables and the names around a query (C# 8 scoping): a query inside a lambda may reuse the names of the enclosing method's locals, nested queries see the outer range variables, and a continuation starts a fresh set of names.
// hand-checked: C# 8 name shadowing in lambdas; mcs 6.8 rejects it; output checked on CoreCLR 3.1 and Mono running Sharp's build
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        int x = 100;
        int[] numbers = { 1, 2, 3, 4 };
        Func<int[], IEnumerable<int>> doubled = a => from x in a select x * 2;
        Console.WriteLine(string.Join(",", doubled(numbers)) + " " + x);

        var pairs = from a in numbers
                    where a % 2 == 0
                    select (from b in numbers where b < a select a * 10 + b).Sum();
        Console.WriteLine(string.Join(",", pairs));

        var grouped = from n in numbers
                      group n by n % 2 into g
                      from n in g
                      select g.Key + ":" + n;
        Console.WriteLine(string.Join(" ", grouped));
    }
}

// expect: 2,4,6,8 100
// expect: 21,126
// expect: 1:1 1:3 0:2 0:4
