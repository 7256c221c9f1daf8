// A generic class whose members mention ever larger instances of itself (Box<T>.Nest returns Box<Box<T>>, Pair<T>.Split returns Pair<Pair<T>>): the compiler instantiates such signatures as far as the program uses them, not forever.
using System;
using System.Collections.Generic;

class Box<T>
{
    public T Value;
    public Box(T value) { Value = value; }
    public Box<Box<T>> Nest() { return Wrap(this); }
    static Box<U> Wrap<U>(U value) { return new Box<U>(value); }
    public override string ToString() { return "[" + Value + "]"; }
}

class Group<K, E>
{
    public K Key;
    public List<E> Items = new List<E>();
    public override string ToString() { return Key + ":" + string.Join(",", Items); }
}

class Seq<T>
{
    List<T> items;
    public Seq(IEnumerable<T> xs) { items = new List<T>(xs); }
    public Seq<Group<K, T>> GroupBy<K>(Func<T, K> key) { return Collect(key, x => x); }
    public Seq<Group<K, E>> GroupBy<K, E>(Func<T, K> key, Func<T, E> element) { return Collect(key, element); }
    Seq<Group<K, E>> Collect<K, E>(Func<T, K> key, Func<T, E> element)
    {
        var groups = new List<Group<K, E>>();
        foreach (var x in items)
        {
            var g = groups.Find(q => EqualityComparer<K>.Default.Equals(q.Key, key(x)));
            if (g == null) { g = new Group<K, E> { Key = key(x) }; groups.Add(g); }
            g.Items.Add(element(x));
        }
        return new Seq<Group<K, E>>(groups);
    }
    public override string ToString() { return string.Join(" ", items); }
}

class Program
{
    static void Main()
    {
        var b = new Box<int>(7);
        Console.WriteLine(b.Nest());
        Console.WriteLine(b.Nest().Nest().Value.Value.Value);
        var s = new Seq<int>(new[] { 1, 2, 3, 4, 5 });
        Console.WriteLine(s.GroupBy(x => x % 2));
        Console.WriteLine(s.GroupBy(x => x > 2, x => x * 10));
        Console.WriteLine(s.GroupBy(x => x % 2).GroupBy(g => g.Items.Count));
    }
}

// expect: [[7]]
// expect: 7
// expect: 1:1,3,5 0:2,4
// expect: False:10,20 True:30,40,50
// expect: 3:1:1,3,5 2:0:2,4
