// Lambdas passed to the program's own higher-order methods: Map, Filter, Reduce, a Comparison-driven sort and an Action visitor.
using System;
using System.Collections.Generic;

class Program
{
    static List<int> Filter(List<int> items, Predicate<int> keep)
    {
        List<int> result = new List<int>();
        foreach (int x in items) if (keep(x)) result.Add(x);
        return result;
    }

    static List<TOut> Map<TIn, TOut>(List<TIn> items, Func<TIn, TOut> f)
    {
        List<TOut> result = new List<TOut>();
        foreach (TIn x in items) result.Add(f(x));
        return result;
    }

    static int Reduce(List<int> items, int seed, Func<int, int, int> op)
    {
        int acc = seed;
        foreach (int x in items) acc = op(acc, x);
        return acc;
    }

    static void SortBy<T>(T[] items, Comparison<T> cmp)
    {
        for (int i = 1; i < items.Length; i++)
        {
            T key = items[i];
            int j = i - 1;
            while (j >= 0 && cmp(items[j], key) > 0)
            {
                items[j + 1] = items[j];
                j--;
            }
            items[j + 1] = key;
        }
    }

    static void Each(List<string> items, Action<int, string> visit)
    {
        for (int i = 0; i < items.Count; i++) visit(i, items[i]);
    }

    static string Show(List<int> items)
    {
        string s = "";
        foreach (int x in items) s += (s.Length > 0 ? "," : "") + x;
        return "[" + s + "]";
    }

    static string Join(string[] items)
    {
        string s = "";
        foreach (string x in items) s += (s.Length > 0 ? " " : "") + x;
        return s;
    }

    static int Apply(int times, int start, Func<int, int> f)
    {
        for (int i = 0; i < times; i++) start = f(start);
        return start;
    }

    static void Main()
    {
        List<int> nums = new List<int>();
        for (int i = 1; i <= 10; i++) nums.Add(i);

        Console.WriteLine(Show(Filter(nums, x => x % 3 == 0))); // expect: [3,6,9]
        Console.WriteLine(Show(Map<int, int>(nums, x => x * x))); // expect: [1,4,9,16,25,36,49,64,81,100]
        List<string> words = Map<int, string>(Filter(nums, x => x > 7), x => "n" + x);
        Console.WriteLine(words.Count + " " + words[0] + " " + words[2]); // expect: 3 n8 n10
        Console.WriteLine(Reduce(nums, 0, (a, b) => a + b)); // expect: 55
        Console.WriteLine(Reduce(nums, 1, delegate (int a, int b) { return b % 2 == 0 ? a * b : a; })); // expect: 3840

        string[] names = { "pear", "fig", "banana", "kiwi", "apple" };
        SortBy<string>(names, (a, b) => a.Length - b.Length);
        Console.WriteLine(Join(names)); // expect: fig pear kiwi apple banana
        SortBy<string>(names, (a, b) => b[0] - a[0]);
        Console.WriteLine(Join(names)); // expect: pear kiwi fig banana apple
        int[] values = { 5, -3, 8, 0, -1 };
        SortBy<int>(values, (a, b) => Math.Abs(a) - Math.Abs(b));
        Console.WriteLine(values[0] + " " + values[1] + " " + values[4]); // expect: 0 -1 8

        Each(words, (i, w) => Console.WriteLine(i + ":" + w));
        // expect: 0:n8
        // expect: 1:n9
        // expect: 2:n10

        Console.WriteLine(Apply(5, 1, x => x * 2)); // expect: 32
        Console.WriteLine(Apply(3, 10, x => { return x - 3; })); // expect: 1
    }
}
