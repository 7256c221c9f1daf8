// Concat, Zip (with a result selector), Append and Prepend: building a playlist, pairing names with scores, stopping at the shorter sequence, and the laziness of each.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static IEnumerable<int> Counter(string label, int n)
    {
        for (int i = 1; i <= n; i++)
        {
            Console.WriteLine(label + " yields " + i);
            yield return i;
        }
    }

    static void Main()
    {
        var rock = new List<string> { "Riff", "Solo" };
        var jazz = new[] { "Swing", "Blue" };
        var playlist = rock.Concat(jazz).Append("Encore").Prepend("Intro");
        Console.WriteLine(string.Join(" > ", playlist)); // expect: Intro > Riff > Solo > Swing > Blue > Encore
        rock.Add("Ballad");
        Console.WriteLine(playlist.Count()); // expect: 7

        var names = new[] { "ann", "bo", "cy", "di" };
        var scores = new[] { 7, 9, 4 };
        var board = names.Zip(scores, (n, s) => n + "=" + s);
        Console.WriteLine(string.Join(" ", board)); // expect: ann=7 bo=9 cy=4

        // Zip with a shifted copy: differences between neighbours.
        var readings = new[] { 10, 13, 11, 18, 18 };
        var deltas = readings.Zip(readings.Skip(1), (a, b) => b - a);
        Console.WriteLine(string.Join(" ", deltas)); // expect: 3 -2 7 0

        // Zip stops as soon as either side ends; the longer side is not over-read.
        var zipped = Counter("L", 5).Zip(Counter("R", 2), (a, b) => a * 10 + b).ToList();
        // expect: L yields 1
        // expect: R yields 1
        // expect: L yields 2
        // expect: R yields 2
        // expect: L yields 3
        Console.WriteLine(string.Join(",", zipped)); // expect: 11,22

        // Concat does not touch the second sequence until the first is done.
        var both = Counter("A", 2).Concat(Counter("B", 1));
        Console.WriteLine(both.First()); // expect: A yields 1
        // expect: 1
        Console.WriteLine(both.Last());
        // expect: A yields 1
        // expect: A yields 2
        // expect: B yields 1
        // expect: 1

        // Append/Prepend return new sequences; the original is unchanged.
        var digits = new[] { 2, 3 };
        var wrapped = digits.Prepend(1).Prepend(0).Append(4).Append(5);
        Console.WriteLine(string.Join("", wrapped) + " " + digits.Length); // expect: 012345 2

        // Zip three ways by nesting.
        var xs = new[] { 1, 2, 3 };
        var ys = new[] { 10, 20, 30 };
        var zs = new[] { 100, 200, 300 };
        var sums = xs.Zip(ys, (x, y) => x + y).Zip(zs, (xy, z) => xy + z);
        Console.WriteLine(string.Join(" ", sums)); // expect: 111 222 333

        // Concat of many sequences with Aggregate.
        var parts = new[] { new[] { 1 }, new int[0], new[] { 2, 3 }, new[] { 4 } };
        var flat = parts.Aggregate(Enumerable.Empty<int>(), (acc, p) => acc.Concat(p));
        Console.WriteLine(string.Join(" ", flat)); // expect: 1 2 3 4
    }
}
