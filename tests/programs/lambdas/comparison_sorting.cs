// Sorting with lambdas: Comparison<T> for List.Sort, Comparer<T>.Create, Array.Sort with a comparison and with keys, multi-key comparisons, descending order, and a stable sort emulated by breaking ties on the original index.
using System;
using System.Collections.Generic;
class Employee {
    public string Name;
    public string Dept;
    public int Salary;
    public Employee(string name, string dept, int salary) { Name = name; Dept = dept; Salary = salary; }
    public override string ToString() { return Name + "(" + Dept + "," + Salary + ")"; }
}
class Program {
    static Comparison<T> ThenBy<T>(Comparison<T> first, Comparison<T> second) {
        return (a, b) => { int c = first(a, b); return c != 0 ? c : second(a, b); };
    }
    static Comparison<T> Descending<T>(Comparison<T> c) { return (a, b) => c(b, a); }
    static List<T> StableSort<T>(List<T> items, Comparison<T> cmp) {
        var idx = new int[items.Count];
        for (int i = 0; i < idx.Length; i++) idx[i] = i;
        Array.Sort(idx, (x, y) => { int c = cmp(items[x], items[y]); return c != 0 ? c : x.CompareTo(y); });
        var result = new List<T>();
        foreach (int i in idx) result.Add(items[i]);
        return result;
    }
    static void Print<T>(string label, IEnumerable<T> xs) {
        var parts = new List<string>();
        foreach (var x in xs) parts.Add(x.ToString());
        Console.WriteLine(label + ": " + string.Join(" ", parts));
    }
    static void Main() {
        var nums = new List<int> { 5, -3, 8, 0, -1, 7, 2 };
        // expect: asc: -3 -1 0 2 5 7 8
        nums.Sort((a, b) => a.CompareTo(b));
        Print("asc", nums);
        // expect: desc: 8 7 5 2 0 -1 -3
        nums.Sort((a, b) => b.CompareTo(a));
        Print("desc", nums);
        // expect: abs: 0 -1 2 -3 5 7 8
        nums.Sort((a, b) => { int c = Math.Abs(a).CompareTo(Math.Abs(b)); return c != 0 ? c : a.CompareTo(b); });
        Print("abs", nums);
        var staff = new List<Employee> {
            new Employee("Cleo", "ops", 50), new Employee("Ann", "dev", 70), new Employee("Bo", "ops", 50),
            new Employee("Dan", "dev", 90), new Employee("Eve", "hr", 60), new Employee("Fay", "dev", 70)
        };
        // expect: multi: Dan(dev,90) Ann(dev,70) Fay(dev,70) Eve(hr,60) Bo(ops,50) Cleo(ops,50)
        var byDept = new Comparison<Employee>((a, b) => string.CompareOrdinal(a.Dept, b.Dept));
        var bySalaryDesc = Descending<Employee>((a, b) => a.Salary.CompareTo(b.Salary));
        var byName = new Comparison<Employee>((a, b) => string.CompareOrdinal(a.Name, b.Name));
        staff.Sort(ThenBy(ThenBy(byDept, bySalaryDesc), byName));
        Print("multi", staff);
        // expect: stable: Cleo(ops,50) Bo(ops,50) Eve(hr,60) Ann(dev,70) Fay(dev,70) Dan(dev,90)
        var original = new List<Employee> { staff[5], staff[4], staff[3], staff[1], staff[2], staff[0] };
        var stable = StableSort(original, (a, b) => a.Salary - b.Salary);
        Print("stable", stable);
        // expect: comparer: fig kiwi apple banana
        var fruits = new List<string> { "banana", "kiwi", "apple", "fig" };
        IComparer<string> byLength = Comparer<string>.Create((a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));
        fruits.Sort(byLength);
        Print("comparer", fruits);
        // expect: search: 2
        Console.WriteLine("search: " + fruits.BinarySearch("apple", byLength));
        // expect: sorted set: fig kiwi apple banana
        var set = new SortedSet<string>(new[] { "apple", "fig", "banana", "kiwi", "fig" }, byLength);
        Print("sorted set", set);
        // expect: array: 9 7 4 3 1
        int[] arr = { 3, 9, 1, 7, 4 };
        Array.Sort(arr, (a, b) => b - a);
        Print("array", arr);
        // expect: keys: d b a c
        string[] names = { "a", "b", "c", "d" };
        int[] ranks = { 3, 2, 4, 1 };
        Array.Sort(ranks, names);
        Print("keys", names);
        // expect: dict order: x=1 y=2 z=3
        var counts = new Dictionary<string, int> { { "z", 3 }, { "x", 1 }, { "y", 2 } };
        var entries = new List<KeyValuePair<string, int>>(counts);
        entries.Sort((p, q) => p.Value.CompareTo(q.Value));
        var shown = new List<string>();
        entries.ForEach(e => shown.Add(e.Key + "=" + e.Value));
        Console.WriteLine("dict order: " + string.Join(" ", shown));
        // expect: calls > 0: True
        int calls = 0;
        var counting = Comparer<int>.Create((a, b) => { calls++; return a.CompareTo(b); });
        var tmp = new List<int> { 4, 2, 3, 1 };
        tmp.Sort(counting);
        Console.WriteLine("calls > 0: " + (calls > 0));
    }
}
