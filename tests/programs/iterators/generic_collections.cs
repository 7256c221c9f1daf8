// Iterators in generic classes: a singly linked list and a fixed-capacity ring buffer implementing IEnumerable<T> with GetEnumerator written as an iterator, a reverse-order iterator property, version checks that throw on modification during enumeration, and use through foreach, List<T> and the non-generic IEnumerable.
using System;
using System.Collections;
using System.Collections.Generic;
class Chain<T> : IEnumerable<T> {
    class Node { public T Item; public Node Next; }
    Node head, tail;
    int version;
    public int Count { get; private set; }
    public void Append(T item) {
        var n = new Node { Item = item };
        if (tail == null) head = tail = n; else { tail.Next = n; tail = n; }
        Count++;
        version++;
    }
    public void Prepend(T item) {
        head = new Node { Item = item, Next = head };
        if (tail == null) tail = head;
        Count++;
        version++;
    }
    public IEnumerator<T> GetEnumerator() {
        int v = version;
        for (var n = head; n != null; n = n.Next) {
            if (v != version) throw new InvalidOperationException("chain modified");
            yield return n.Item;
        }
    }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
    public IEnumerable<T> Reversed {
        get {
            var stack = new Stack<T>();
            foreach (var x in this) stack.Push(x);
            while (stack.Count > 0) yield return stack.Pop();
        }
    }
}
class Ring<T> : IEnumerable<T> {
    readonly T[] slots;
    int start, count;
    public Ring(int capacity) { slots = new T[capacity]; }
    public void Put(T item) {
        int end = (start + count) % slots.Length;
        slots[end] = item;
        if (count == slots.Length) start = (start + 1) % slots.Length; else count++;
    }
    public IEnumerator<T> GetEnumerator() {
        for (int i = 0; i < count; i++) yield return slots[(start + i) % slots.Length];
    }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
}
class Pair<K, V> {
    public K Key; public V Value;
    public Pair(K k, V v) { Key = k; Value = v; }
    public override string ToString() { return Key + "=" + Value; }
}
class Program {
    static string Show<T>(IEnumerable<T> xs) {
        string s = "";
        foreach (var x in xs) s += (s.Length > 0 ? " " : "") + x;
        return "{" + s + "}";
    }
    static int CountUntyped(IEnumerable xs) {
        int n = 0;
        foreach (object o in xs) n++;
        return n;
    }
    static void Main() {
        var c = new Chain<string>();
        Console.WriteLine(Show(c) + " " + c.Count);
        c.Append("b"); c.Append("c"); c.Prepend("a"); c.Append("d");
        Console.WriteLine(Show(c) + " " + c.Count);
        Console.WriteLine(Show(c.Reversed));
        Console.WriteLine(CountUntyped(c));
        try {
            foreach (var s in c) { Console.WriteLine("visit " + s); if (s == "b") c.Append("e"); }
        } catch (InvalidOperationException e) { Console.WriteLine("error: " + e.Message); }
        Console.WriteLine(Show(c));
        var pairs = new Chain<Pair<string, int>>();
        pairs.Append(new Pair<string, int>("x", 1));
        pairs.Append(new Pair<string, int>("y", 2));
        Console.WriteLine(Show(pairs));
        var r = new Ring<int>(3);
        Console.WriteLine(Show(r));
        for (int i = 1; i <= 5; i++) { r.Put(i * 11); Console.WriteLine("after " + i + ": " + Show(r)); }
        var copy = new List<int>(r);
        Console.WriteLine(copy.Count + " " + copy[0] + " " + copy[2]);
        var nested = new Ring<Chain<string>>(2);
        nested.Put(c);
        nested.Put(new Chain<string>());
        foreach (var inner in nested) Console.WriteLine("inner count " + inner.Count);
        // expect: {} 0
        // expect: {a b c d} 4
        // expect: {d c b a}
        // expect: 4
        // expect: visit a
        // expect: visit b
        // expect: error: chain modified
        // expect: {a b c d e}
        // expect: {x=1 y=2}
        // expect: {}
        // expect: after 1: {11}
        // expect: after 2: {11 22}
        // expect: after 3: {11 22 33}
        // expect: after 4: {22 33 44}
        // expect: after 5: {33 44 55}
        // expect: 3 33 55
        // expect: inner count 5
        // expect: inner count 0
    }
}
