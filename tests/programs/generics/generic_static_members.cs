// Static methods, static properties and static generic methods inside generic classes, called with explicit and inferred arguments and from instance code.
using System;

class Util<T>
{
    public static T[] Make(int n, T v)
    {
        T[] a = new T[n];
        for (int i = 0; i < n; i++) a[i] = v;
        return a;
    }
    public static string Name { get { return typeof(T).Name; } }
    public static string Pair<U>(T a, U b) { return Name + "/" + typeof(U).Name + ":" + a + "," + b; }
    public static Util<U> Other<U>() { return new Util<U>(); }
    public string Me() { return "Util<" + Name + ">"; }
    public string Call() { return Pair(default(T), "s"); }
}

static class Cache<T>
{
    static T last;
    static int hits;
    public static T Remember(T v) { hits++; T prev = last; last = v; return prev; }
    public static int Hits { get { return hits; } }
}

class Program
{
    static void Main()
    {
        int[] a = Util<int>.Make(3, 7);
        Console.WriteLine(a.Length + " " + a[2]); // expect: 3 7
        Console.WriteLine(Util<string>.Make(2, "z")[1]); // expect: z
        Console.WriteLine(Util<int>.Name); // expect: Int32
        Console.WriteLine(Util<Util<int>>.Name); // expect: Util`1
        Console.WriteLine(Util<int>.Pair(1, "one")); // expect: Int32/String:1,one
        Console.WriteLine(Util<string>.Pair<double>("x", 0.5)); // expect: String/Double:x,0.5
        Console.WriteLine(Util<int>.Other<char>().Me()); // expect: Util<Char>
        Console.WriteLine(new Util<bool>().Call()); // expect: Boolean/String:False,s
        Console.WriteLine(Cache<int>.Remember(5)); // expect: 0
        Console.WriteLine(Cache<int>.Remember(6)); // expect: 5
        Console.WriteLine(Cache<string>.Remember("a") == null); // expect: True
        Console.WriteLine(Cache<string>.Remember("b")); // expect: a
        Console.WriteLine(Cache<int>.Hits + " " + Cache<string>.Hits + " " + Cache<long>.Hits); // expect: 2 2 0
    }
}
