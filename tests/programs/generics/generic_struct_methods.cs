// Generic methods declared on structs (static and instance, mutating this), and generic structs with methods that use their own T and a method type parameter.
using System;

struct Accumulator
{
    public int Calls;
    public string Text;
    public void Add<T>(T x) { Calls++; Text += x + ";"; }
    public T Echo<T>(T x) { return x; }
    public static T[] Pair<T>(T a, T b) { return new T[] { a, b }; }
}

struct Interval<T> where T : IComparable<T>
{
    public T Lo, Hi;
    public Interval(T lo, T hi) { Lo = lo; Hi = hi; }
    public bool Contains(T x) { return Lo.CompareTo(x) <= 0 && x.CompareTo(Hi) <= 0; }
    public void Extend(T x)
    {
        if (x.CompareTo(Lo) < 0) Lo = x;
        if (x.CompareTo(Hi) > 0) Hi = x;
    }
    public Interval<U> Map<U>(U lo, U hi) where U : IComparable<U> { return new Interval<U>(lo, hi); }
    public override string ToString() { return "[" + Lo + ".." + Hi + "]"; }
}

class Program
{
    static void Main()
    {
        Accumulator acc = new Accumulator();
        acc.Add(1);
        acc.Add("two");
        acc.Add(3.5);
        Console.WriteLine(acc.Calls + " " + acc.Text); // expect: 3 1;two;3.5;
        Accumulator copy = acc;
        copy.Add('x');
        Console.WriteLine(acc.Calls + " " + copy.Calls); // expect: 3 4
        Console.WriteLine(acc.Echo<long>(5) + acc.Echo(6)); // expect: 11
        string[] pr = Accumulator.Pair("a", "b");
        Console.WriteLine(pr[0] + pr[1]); // expect: ab
        Accumulator[] arr = new Accumulator[2];
        arr[1].Add(9);
        Console.WriteLine(arr[0].Calls + " " + arr[1].Calls + " " + arr[1].Text); // expect: 0 1 9;

        Interval<int> r = new Interval<int>(1, 5);
        Console.WriteLine(r.Contains(3) + " " + r.Contains(6)); // expect: True False
        r.Extend(10);
        r.Extend(-2);
        Console.WriteLine(r); // expect: [-2..10]
        Console.WriteLine(r.Contains(6)); // expect: True
        Interval<string> rs = r.Map("apple", "mango");
        Console.WriteLine(rs.Contains("banana") + " " + rs.Contains("zebra")); // expect: True False
        Console.WriteLine(rs); // expect: [apple..mango]
        Interval<double> rd = new Interval<double>();
        rd.Extend(2.5);
        Console.WriteLine(rd); // expect: [0..2.5]
    }
}
