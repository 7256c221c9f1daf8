// User-defined operators and conversions on generic types: ==, !=, + on a generic struct, and implicit/explicit conversions between T and Wrapper<T>.
using System;

struct Wrapper<T>
{
    public T Value;
    public Wrapper(T v) { Value = v; }
    public static implicit operator Wrapper<T>(T v) { return new Wrapper<T>(v); }
    public static explicit operator T(Wrapper<T> w) { return w.Value; }
    public static bool operator ==(Wrapper<T> a, Wrapper<T> b) { return object.Equals(a.Value, b.Value); }
    public static bool operator !=(Wrapper<T> a, Wrapper<T> b) { return !(a == b); }
    public override bool Equals(object o) { return o is Wrapper<T> && this == (Wrapper<T>)o; }
    public override int GetHashCode() { return 1; }
    public override string ToString() { return "W(" + Value + ")"; }
}

class Bag<T>
{
    public T[] Items;
    public Bag(params T[] items) { Items = items; }
    public static Bag<T> operator +(Bag<T> a, Bag<T> b)
    {
        T[] r = new T[a.Items.Length + b.Items.Length];
        a.Items.CopyTo(r, 0);
        b.Items.CopyTo(r, a.Items.Length);
        return new Bag<T>(r);
    }
    public static Bag<T> operator +(Bag<T> a, T x) { return a + new Bag<T>(x); }
    public static bool operator true(Bag<T> b) { return b.Items.Length > 0; }
    public static bool operator false(Bag<T> b) { return b.Items.Length == 0; }
    public override string ToString() { return "Bag{" + string.Join<T>(",", Items) + "}"; }
}

class Program
{
    static void Main()
    {
        Wrapper<int> w = 5;
        Console.WriteLine(w); // expect: W(5)
        int back = (int)w;
        Console.WriteLine(back + 1); // expect: 6
        Wrapper<int> w2 = new Wrapper<int>(5);
        Console.WriteLine(w == w2); // expect: True
        Console.WriteLine(w != 6); // expect: True
        Wrapper<string> s = "str";
        Console.WriteLine(s + "!"); // expect: W(str)!
        Console.WriteLine(((string)s).Length); // expect: 3
        Console.WriteLine(s == new Wrapper<string>("str")); // expect: True
        Console.WriteLine(new Wrapper<string>() == new Wrapper<string>(null)); // expect: True
        Console.WriteLine(w.Equals((object)w2)); // expect: True
        Bag<int> b = new Bag<int>(1, 2) + new Bag<int>(3);
        Console.WriteLine(b); // expect: Bag{1,2,3}
        b = b + 4;
        b += 5;
        Console.WriteLine(b); // expect: Bag{1,2,3,4,5}
        Bag<string> empty = new Bag<string>();
        if (empty) Console.WriteLine("non-empty"); else Console.WriteLine("empty"); // expect: empty
        if (empty + "x") Console.WriteLine("non-empty"); else Console.WriteLine("empty"); // expect: non-empty
    }
}
