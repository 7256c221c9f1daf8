// Predicate<T> and Converter<TIn, TOut> lambdas with Array.FindAll/ConvertAll/Exists/TrueForAll/FindIndex/FindLast and List.RemoveAll/Find/FindAll/TrueForAll/ConvertAll, including predicates built by a factory and combined.
using System;
using System.Collections.Generic;
class Item {
    public string Name;
    public int Stock;
    public Item(string n, int s) { Name = n; Stock = s; }
}
class Program {
    static Predicate<int> Between(int lo, int hi) { return x => x >= lo && x <= hi; }
    static Predicate<T> And<T>(Predicate<T> a, Predicate<T> b) { return x => a(x) && b(x); }
    static Predicate<T> Not<T>(Predicate<T> p) { return x => !p(x); }
    static bool IsOdd(int x) { return x % 2 != 0; }
    static void Main() {
        int[] data = { 12, 7, 3, 18, 25, 4, 9, 30 };
        // expect: 7 3 25 9
        int[] odds = Array.FindAll(data, IsOdd);
        Console.WriteLine(string.Join(" ", odds));
        // expect: 12 7 9
        Predicate<int> mid = Between(5, 15);
        Console.WriteLine(string.Join(" ", Array.FindAll(data, mid)));
        // expect: 12 18 4 30
        Console.WriteLine(string.Join(" ", Array.FindAll(data, Not<int>(IsOdd))));
        // expect: 7 9
        Console.WriteLine(string.Join(" ", Array.FindAll(data, And(mid, IsOdd))));
        // expect: 0x0C 0x07 0x03
        string[] hex = Array.ConvertAll(data, n => "0x" + n.ToString("X2"));
        Console.WriteLine(hex[0] + " " + hex[1] + " " + hex[2]);
        // expect: True False
        Console.WriteLine(Array.Exists(data, x => x > 29) + " " + Array.TrueForAll(data, x => x > 3));
        // expect: 3 25 9 -1
        Console.WriteLine(Array.FindIndex(data, x => x > 15) + " " + Array.Find(data, x => x > 20) + " " + Array.FindLast(data, x => x < 10 && x % 2 == 1) + " " + Array.FindIndex(data, x => x > 99));
        var inventory = new List<Item> {
            new Item("bolt", 40), new Item("nut", 0), new Item("gear", 5),
            new Item("spring", 0), new Item("washer", 120)
        };
        // expect: removed 2, left: bolt gear washer
        int removed = inventory.RemoveAll(i => i.Stock == 0);
        var left = inventory.ConvertAll(i => i.Name);
        Console.WriteLine("removed " + removed + ", left: " + string.Join(" ", left));
        // expect: gear
        Item low = inventory.Find(i => i.Stock < 10);
        Console.WriteLine(low.Name);
        // expect: null
        Item none = inventory.Find(i => i.Name.StartsWith("z"));
        Console.WriteLine(none == null ? "null" : none.Name);
        // expect: True
        Console.WriteLine(inventory.TrueForAll(i => i.Stock > 0));
        // expect: 2 washer
        Console.WriteLine(inventory.FindLastIndex(i => i.Stock > 30) + " " + inventory.FindLast(i => i.Stock > 30).Name);
        // expect: 160 1
        int threshold = 10;
        Predicate<Item> plenty = i => i.Stock > threshold;
        var big = inventory.FindAll(plenty);
        threshold = 100;
        var huge = inventory.FindAll(plenty);
        Converter<Item, int> stockOf = i => i.Stock;
        int sum = 0;
        foreach (int s in big.ConvertAll(stockOf)) sum += s;
        Console.WriteLine(sum + " " + huge.Count);
        // expect: 4 7 18
        var all = new List<int>(data);
        all.RemoveAll(Not(mid));
        all.Add(18);
        Console.WriteLine(all.Count + " " + all.Find(IsOdd) + " " + all[all.Count - 1]);
    }
}
