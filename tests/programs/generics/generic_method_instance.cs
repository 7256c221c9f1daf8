// Instance generic methods in a non-generic class and in a generic class (mixing the class's T with the method's U).
using System;

class Printer
{
    string prefix;
    public Printer(string p) { prefix = p; }
    public string Show<T>(T x) { return prefix + x; }
    public T Pick<T>(bool first, T a, T b) { return first ? a : b; }
}

class Holder<T>
{
    T item;
    public Holder(T item) { this.item = item; }
    public Holder<U> Map<U>(U replacement) { return new Holder<U>(replacement); }
    public string Combine<U>(U other) { return item + "&" + other; }
    public bool SameType<U>(U other) { return typeof(T) == typeof(U); }
    public T Item { get { return item; } }
    public Holder<T> With<U>(U ignored, T next) { return new Holder<T>(next); }
}

class Program
{
    static void Main()
    {
        Printer p = new Printer("> ");
        Console.WriteLine(p.Show(10)); // expect: > 10
        Console.WriteLine(p.Show<string>("text")); // expect: > text
        Console.WriteLine(p.Show('c')); // expect: > c
        Console.WriteLine(p.Pick(true, 1, 2)); // expect: 1
        Console.WriteLine(p.Pick(false, "a", "b")); // expect: b

        Holder<int> h = new Holder<int>(3);
        Console.WriteLine(h.Combine("x")); // expect: 3&x
        Console.WriteLine(h.Combine<double>(0.5)); // expect: 3&0.5
        Holder<string> hs = h.Map("mapped");
        Console.WriteLine(hs.Item); // expect: mapped
        Console.WriteLine(hs.Combine(h.Item)); // expect: mapped&3
        Console.WriteLine(h.SameType(5)); // expect: True
        Console.WriteLine(h.SameType("5")); // expect: False
        Console.WriteLine(hs.SameType<string>(null)); // expect: True
        Console.WriteLine(h.With("ignored", 8).Item); // expect: 8
        Console.WriteLine(h.Map(h).Item.Item); // expect: 3
    }
}
