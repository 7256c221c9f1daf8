// The library methods that take delegates: List<T>.Sort(Comparison)/Find*/ForEach/RemoveAll/ConvertAll, Array.Sort/Find*/Exists/ForEach/ConvertAll, Comparer<T>.Create, Lazy<T>.
using System;
using System.Collections.Generic;
class Program {
    static bool IsEven(int x) { return x % 2 == 0; }
    static List<int> shared = new List<int> { 1, 2 };
    static void AddTo(int x) { shared.Add(x); }
    static void Print(int x) { Console.Write(x + " "); }
    static void Main() {
        var list = new List<int> { 5, 3, 8, 1, 9, 2, 6 };
        // expect: 9 8 6 5 3 2 1 .
        // expect: 3
        // expect: 5
        // expect: 1
        // expect: 3
        // expect: True True
        // expect: 3 left 4
        // expect: <9>,<5>,<3>,<1>
        // expect: 1 3 4 .
        // expect: 3 True 1
        // expect: n1|n3|n4
        // expect: False Value is not created.
        // expect: making
        // expect: made made True
        // expect: a bb ccc
        // expect: Collection was modified; enumeration operation may not execute.
        list.Sort((a, b) => b - a);
        list.ForEach(Print); Console.WriteLine(".");
        Console.WriteLine(list.Find(x => x < 4));
        Console.WriteLine(list.FindLast(x => x > 4));
        Console.WriteLine(list.FindIndex(IsEven));
        Console.WriteLine(list.FindAll(IsEven).Count);
        Console.WriteLine(list.Exists(x => x == 9) + " " + list.TrueForAll(x => x > 0));
        Console.WriteLine(list.RemoveAll(IsEven) + " left " + list.Count);
        List<string> strs = list.ConvertAll<string>(x => "<" + x + ">");
        Console.WriteLine(string.Join(",", strs));
        int[] arr = { 4, 1, 3 };
        Array.Sort(arr, (a, b) => a.CompareTo(b));
        Array.ForEach(arr, Print); Console.WriteLine(".");
        Console.WriteLine(Array.Find(arr, x => x > 1) + " " + Array.Exists(arr, x => x == 3) + " " + Array.FindAll(arr, IsEven).Length);
        string[] conv = Array.ConvertAll<int, string>(arr, x => "n" + x);
        Console.WriteLine(string.Join("|", conv));
        var lazy = new Lazy<string>(() => { Console.WriteLine("making"); return "made"; });
        Console.WriteLine(lazy.IsValueCreated + " " + lazy);
        Console.WriteLine(lazy.Value + " " + lazy.Value + " " + lazy.IsValueCreated);
        var cmp = Comparer<string>.Create((a, b) => a.Length - b.Length);
        var words = new List<string> { "ccc", "a", "bb" };
        words.Sort(cmp);
        Console.WriteLine(string.Join(" ", words));
        try { shared.ForEach(AddTo); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
    }
}
