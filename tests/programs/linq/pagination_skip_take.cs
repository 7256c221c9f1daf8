// Pagination with Skip and Take over a product catalogue: page count, last partial page, out-of-range pages, zero and negative counts, and Take on an infinite sequence.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static IEnumerable<string> Page(IEnumerable<string> items, int page, int size)
    {
        return items.Skip((page - 1) * size).Take(size);
    }

    static IEnumerable<int> Naturals()
    {
        int n = 0;
        while (true) yield return n++;
    }

    static void Main()
    {
        var catalogue = Enumerable.Range(1, 11).Select(i => "item" + i).ToList();
        int size = 4;
        int pages = (catalogue.Count + size - 1) / size;
        Console.WriteLine("pages: " + pages); // expect: pages: 3

        for (int p = 1; p <= pages + 1; p++)
            Console.WriteLine(p + ": [" + string.Join(" ", Page(catalogue, p, size)) + "]");
        // expect: 1: [item1 item2 item3 item4]
        // expect: 2: [item5 item6 item7 item8]
        // expect: 3: [item9 item10 item11]
        // expect: 4: []

        var nums = new[] { 1, 2, 3, 4, 5 };
        Console.WriteLine(string.Join(",", nums.Take(0)) + "|" + string.Join(",", nums.Take(-3))); // expect: |
        Console.WriteLine(string.Join(",", nums.Skip(-2))); // expect: 1,2,3,4,5
        Console.WriteLine(string.Join(",", nums.Skip(5)) + "|" + string.Join(",", nums.Take(50))); // expect: |1,2,3,4,5
        Console.WriteLine(string.Join(",", nums.Skip(1).Take(3).Skip(1))); // expect: 3,4

        // Take works on an endless sequence; Skip then Take picks a window.
        Console.WriteLine(string.Join(" ", Naturals().Skip(10).Take(5))); // expect: 10 11 12 13 14
        Console.WriteLine(Naturals().Where(n => n % 7 == 3).Take(4).Sum()); // expect: 54

        // Take is lazy and stops pulling from the source after n items.
        int pulled = 0;
        var firstTwo = Naturals().Select(n => { pulled++; return n; }).Take(2).ToList();
        Console.WriteLine(string.Join(",", firstTwo) + " pulled " + pulled); // expect: 0,1 pulled 2

        // The last page of a sorted view, reading the source after it changed.
        var sortedView = catalogue.OrderByDescending(s => s.Length).ThenBy(s => s);
        catalogue.Add("item12");
        Console.WriteLine(string.Join(" ", sortedView.Skip(8))); // expect: item6 item7 item8 item9
        Console.WriteLine(string.Join(" ", sortedView.Take(3))); // expect: item10 item11 item12

        // Chunking by index with GroupBy.
        var chunks = nums.Select((n, i) => new KeyValuePair<int, int>(i / 2, n)).GroupBy(kv => kv.Key, kv => kv.Value);
        Console.WriteLine(string.Join(" ", chunks.Select(c => "[" + string.Join(",", c) + "]"))); // expect: [1,2] [3,4] [5]
    }
}
