// Query continuations (select … into, group … into) chaining query bodies: parse then filter, normalise then deduplicate, a three-stage pipeline, and a continuation reusing the same identifier name.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var raw = new[] { " 42 ", "x", "7", "", "  100", "-3", "12a" };

        var parsedPositive = from s in raw
                             select s.Trim() into t
                             where t.Length > 0 && t.All(c => char.IsDigit(c) || c == '-')
                             select int.Parse(t) into n
                             where n > 0
                             orderby n
                             select n;
        Console.WriteLine(string.Join(" ", parsedPositive)); // expect: 7 42 100

        var emails = new[] { "Ann@Mail.com", "bob@mail.com", "ann@mail.com ", "BOB@MAIL.COM", "cy@web.org" };
        var domains = from e in emails
                      select e.Trim().ToLower() into clean
                      select clean.Substring(clean.IndexOf('@') + 1) into domain
                      group domain by domain into g
                      orderby g.Count() descending
                      select g.Key + " x" + g.Count();
        Console.WriteLine(string.Join(", ", domains)); // expect: mail.com x4, web.org x1

        var unique = (from e in emails select e.Trim().ToLower() into clean select clean).Distinct();
        Console.WriteLine(unique.Count()); // expect: 3

        // The continuation hides earlier range variables: only the new name is in scope.
        var words = new[] { "apple", "kiwi", "banana", "fig" };
        var lens = from w in words
                   select w.Length into w
                   where w > 3
                   select w * 10;
        Console.WriteLine(string.Join(" ", lens)); // expect: 50 40 60

        // group … into, then select … into, then another group.
        var numbers = Enumerable.Range(1, 20);
        var shape = from n in numbers
                    group n by n % 4 into g
                    select g.Sum() into total
                    group total by total % 2 == 0 into parity
                    select (parity.Key ? "even" : "odd") + ":" + string.Join(",", parity);
        Console.WriteLine(string.Join(" ", shape)); // expect: odd:45,55 even:50,60

        // Running a continuation twice re-runs the whole pipeline.
        var counter = 0;
        var counted = from n in new[] { 1, 2, 3 }
                      select n + (++counter * 0) into m
                      where m > 1
                      select m;
        Console.WriteLine(counted.Count() + " " + counted.Count() + " " + counter); // expect: 2 2 6
    }
}
