// Query expressions with let: computed values named once and reused in where, orderby and select, several lets in a row, a let depending on an earlier let, and let holding a sequence queried again.
using System;
using System.Collections.Generic;
using System.Linq;

class Rect
{
    public string Id;
    public int W, H;
    public Rect(string id, int w, int h) { Id = id; W = w; H = h; }
}

class Program
{
    static void Main()
    {
        var rects = new List<Rect> {
            new Rect("a", 3, 4), new Rect("b", 10, 1), new Rect("c", 5, 5), new Rect("d", 2, 9), new Rect("e", 6, 3),
        };

        var areas = from r in rects
                    let area = r.W * r.H
                    where area >= 15
                    orderby area descending
                    select r.Id + "=" + area;
        Console.WriteLine(string.Join(" ", areas)); // expect: c=25 d=18 e=18

        var shapes = from r in rects
                     let area = r.W * r.H
                     let perimeter = 2 * (r.W + r.H)
                     let ratio = area * 100 / perimeter
                     orderby ratio descending, r.Id
                     select r.Id + ":" + area + "/" + perimeter + "=" + ratio;
        foreach (var s in shapes) Console.WriteLine(s);
        // expect: c:25/20=125
        // expect: e:18/18=100
        // expect: a:12/14=85
        // expect: d:18/22=81
        // expect: b:10/22=45

        var sentences = new[] { "the quick fox", "a lazy dog sleeps", "hi" };
        var stats = from s in sentences
                    let words = s.Split(' ')
                    let longest = words.OrderByDescending(w => w.Length).First()
                    where words.Length > 1
                    select words.Length + " words, longest '" + longest + "'";
        foreach (var s in stats) Console.WriteLine(s);
        // expect: 3 words, longest 'quick'
        // expect: 4 words, longest 'sleeps'

        // let holding a query that is itself queried.
        var numbers = Enumerable.Range(1, 30);
        var withDivisors = from n in numbers
                           let divisors = from d in Enumerable.Range(1, n) where n % d == 0 select d
                           where divisors.Count() == 6
                           select n + "[" + string.Join(",", divisors) + "]";
        Console.WriteLine(string.Join(" ", withDivisors)); // expect: 12[1,2,3,4,6,12] 18[1,2,3,6,9,18] 20[1,2,4,5,10,20] 28[1,2,4,7,14,28]

        // let is evaluated once per element, however often it is used.
        int calls = 0;
        var once = from r in rects
                   let big = Heavy(r, ref calls)
                   where big > 10
                   select big * 2 + big;
        Console.WriteLine(string.Join(" ", once) + " calls=" + calls); // expect: 36 75 54 54 calls=5

        // let after where sees only the filtered elements.
        var names = new[] { "Ada", "grace", "Linus", "ken" };
        var caps = from n in names
                   where char.IsUpper(n[0])
                   let upper = n.ToUpper()
                   let rev = new string(upper.Reverse().ToArray())
                   select upper + "~" + rev;
        Console.WriteLine(string.Join(" ", caps)); // expect: ADA~ADA LINUS~SUNIL
    }

    static int Heavy(Rect r, ref int calls)
    {
        calls++;
        return r.W * r.H;
    }
}
