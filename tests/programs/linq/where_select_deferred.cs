// Deferred execution: Where/Select run their lambdas only while enumerating, interleaved element by element, and again on every re-enumeration (seeing changes made to the source list).
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var source = new List<int> { 1, 2, 3, 4 };
        var query = source
            .Where(n => { Console.WriteLine("where " + n); return n % 2 == 0; })
            .Select(n => { Console.WriteLine("select " + n); return n * n; });

        Console.WriteLine("query built"); // expect: query built

        foreach (var sq in query)
            Console.WriteLine("got " + sq);
        // expect: where 1
        // expect: where 2
        // expect: select 2
        // expect: got 4
        // expect: where 3
        // expect: where 4
        // expect: select 4
        // expect: got 16

        source.Add(6);
        source.Remove(2);
        Console.WriteLine("source changed"); // expect: source changed
        var again = query.ToList();
        // expect: where 1
        // expect: where 3
        // expect: where 4
        // expect: select 4
        // expect: where 6
        // expect: select 6
        Console.WriteLine(string.Join(",", again)); // expect: 16,36

        // First stops pulling as soon as it has an answer.
        var firstBig = source.Select(n => { Console.WriteLine("look " + n); return n; }).First(n => n > 2);
        // expect: look 1
        // expect: look 3
        Console.WriteLine("first " + firstBig); // expect: first 3

        // A captured variable is read when the query runs, not when it is built.
        int limit = 3;
        var small = source.Where(n => n < limit);
        limit = 5;
        Console.WriteLine(string.Join(",", small)); // expect: 1,3,4
        limit = 100;
        Console.WriteLine(small.Count()); // expect: 4

        // Count() with no predicate still enumerates a lazy query.
        int calls = 0;
        var counted = source.Select(n => { calls++; return n; });
        Console.WriteLine(counted.Count() + " " + calls); // expect: 4 4
    }
}
