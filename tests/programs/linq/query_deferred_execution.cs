// Deferred execution of query expressions: clause lambdas run interleaved per element only when the query is enumerated, a query re-run after its source list changed, captured variables read at run time, orderby buffering everything before the first result, and ToList freezing results.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static bool Check(string what, int n, bool result)
    {
        Console.WriteLine(what + " " + n);
        return result;
    }

    static void Main()
    {
        var numbers = new List<int> { 3, 8, 5 };
        var query = from n in numbers
                    where Check("where", n, n > 4)
                    select Check("select", n, true) ? n * 100 : 0;
        Console.WriteLine("defined"); // expect: defined
        foreach (var r in query) Console.WriteLine("=> " + r);
        // expect: where 3
        // expect: where 8
        // expect: select 8
        // expect: => 800
        // expect: where 5
        // expect: select 5
        // expect: => 500

        numbers.Clear();
        numbers.AddRange(new[] { 10, 1 });
        Console.WriteLine(string.Join(",", query));
        // expect: where 10
        // expect: select 10
        // expect: where 1
        // expect: 1000

        // orderby must see every element before yielding the first one.
        var sorted = from n in new[] { 2, 9, 4 }
                     where Check("w", n, true)
                     orderby n descending
                     select Check("s", n, true) ? n : -1;
        foreach (var r in sorted) { Console.WriteLine("-> " + r); break; }
        // expect: w 2
        // expect: w 9
        // expect: w 4
        // expect: s 9
        // expect: -> 9

        // Captured variables are read at enumeration time.
        int min = 5;
        var above = from n in Enumerable.Range(1, 10) where n > min select n;
        min = 8;
        Console.WriteLine(string.Join(" ", above)); // expect: 9 10
        min = 0;
        Console.WriteLine(above.Count()); // expect: 10

        // ToList runs the query once; later changes do not affect the copy.
        var words = new List<string> { "pear", "fig" };
        var upper = from w in words select w.ToUpper();
        var frozen = upper.ToList();
        words.Add("plum");
        Console.WriteLine(string.Join(" ", frozen) + " | " + string.Join(" ", upper)); // expect: PEAR FIG | PEAR FIG PLUM

        // Nested from: the inner sequence expression is evaluated once per outer element, lazily.
        int inner = 0;
        var pairs = from a in new[] { 1, 2, 3 }
                    from b in Produce(a, ref inner)
                    select a * 10 + b;
        Console.WriteLine(inner); // expect: 0
        Console.WriteLine(pairs.First() + " " + inner); // expect: 11 1
        Console.WriteLine(pairs.Count() + " " + inner); // expect: 6 4

        // group by is also deferred, but once running it reads the whole source.
        var log = new List<int>();
        var groups = from n in new[] { 1, 2, 3, 4 } where Log(log, n) group n by n % 2;
        Console.WriteLine(log.Count); // expect: 0
        Console.WriteLine(groups.First().Key + " after " + log.Count); // expect: 1 after 4
    }

    static IEnumerable<int> Produce(int a, ref int counter)
    {
        counter++;
        return Enumerable.Range(1, a);
    }

    static bool Log(List<int> log, int n) { log.Add(n); return true; }
}
