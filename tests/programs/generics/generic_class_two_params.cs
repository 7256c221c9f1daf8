// A generic class with two type parameters, Pair<K, V>, used with several combinations.
using System;

class Pair<K, V>
{
    public K Key;
    public V Val;
    public Pair(K k, V v) { Key = k; Val = v; }
    public Pair<V, K> Swap() { return new Pair<V, K>(Val, Key); }
    public override string ToString() { return "[" + Key + " => " + Val + "]"; }
}

class Program
{
    static void Main()
    {
        Pair<string, int> p = new Pair<string, int>("one", 1);
        Console.WriteLine(p); // expect: [one => 1]
        Console.WriteLine(p.Key.Length + p.Val); // expect: 4
        Pair<int, string> q = p.Swap();
        Console.WriteLine(q); // expect: [1 => one]
        Console.WriteLine(q.Key + 100); // expect: 101
        Pair<int, int> r = new Pair<int, int>(3, 4);
        Console.WriteLine(r.Key * r.Val); // expect: 12
        Console.WriteLine(r.Swap().Swap()); // expect: [3 => 4]
        Pair<string, Pair<int, bool>> nested = new Pair<string, Pair<int, bool>>("n", new Pair<int, bool>(5, true));
        Console.WriteLine(nested); // expect: [n => [5 => True]]
        Console.WriteLine(nested.Val.Key); // expect: 5
        Console.WriteLine(nested.Swap()); // expect: [[5 => True] => n]
        Pair<long, char> lc = new Pair<long, char>(10000000000L, 'c');
        Console.WriteLine(lc.Key + 1); // expect: 10000000001
        Console.WriteLine(lc.Val); // expect: c
    }
}
