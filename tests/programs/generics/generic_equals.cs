// Comparing T values without EqualityComparer: x.Equals(y), object.Equals(x, y), and reference equality after boxing, for ints, strings, structs and classes.
using System;

struct P
{
    public int A;
    public P(int a) { A = a; }
}

class RefThing
{
    public int A;
    public RefThing(int a) { A = a; }
}

class ValueThing
{
    public int A;
    public ValueThing(int a) { A = a; }
    public override bool Equals(object o) { ValueThing v = o as ValueThing; return v != null && v.A == A; }
    public override int GetHashCode() { return A; }
}

class Program
{
    static bool Eq<T>(T a, T b) { return a.Equals(b); }
    static bool ObjEq<T>(T a, T b) { return object.Equals(a, b); }
    static bool RefEq<T>(T a, T b) { return object.ReferenceEquals(a, b); }
    static int IndexOf<T>(T[] xs, T x)
    {
        for (int i = 0; i < xs.Length; i++) if (object.Equals(xs[i], x)) return i;
        return -1;
    }
    static int Distinct<T>(T[] xs)
    {
        int n = 0;
        for (int i = 0; i < xs.Length; i++)
        {
            bool seen = false;
            for (int j = 0; j < i; j++) if (xs[j].Equals(xs[i])) seen = true;
            if (!seen) n++;
        }
        return n;
    }

    static void Main()
    {
        Console.WriteLine(Eq(3, 3)); // expect: True
        Console.WriteLine(Eq(3, 4)); // expect: False
        Console.WriteLine(Eq("ab", "a" + "b".ToString())); // expect: True
        Console.WriteLine(Eq(new P(1), new P(1))); // expect: True
        Console.WriteLine(Eq(new RefThing(1), new RefThing(1))); // expect: False
        Console.WriteLine(Eq(new ValueThing(1), new ValueThing(1))); // expect: True
        Console.WriteLine(ObjEq<string>(null, null)); // expect: True
        Console.WriteLine(ObjEq("x", null)); // expect: False
        Console.WriteLine(ObjEq(2.0, 2.0)); // expect: True
        Console.WriteLine(RefEq(5, 5)); // expect: False
        RefThing r = new RefThing(2);
        Console.WriteLine(RefEq(r, r)); // expect: True
        Console.WriteLine(IndexOf(new int[] { 5, 6, 7 }, 7)); // expect: 2
        Console.WriteLine(IndexOf(new string[] { "a", null, "c" }, null)); // expect: 1
        Console.WriteLine(IndexOf(new ValueThing[] { new ValueThing(1), new ValueThing(9) }, new ValueThing(9))); // expect: 1
        Console.WriteLine(IndexOf(new RefThing[] { r }, new RefThing(2))); // expect: -1
        Console.WriteLine(Distinct(new int[] { 1, 2, 1, 3, 2, 1 })); // expect: 3
        Console.WriteLine(Distinct(new string[] { "x", "y", "x" })); // expect: 2
        Console.WriteLine(Distinct(new P[] { new P(1), new P(2), new P(1), new P(1) })); // expect: 2
        Console.WriteLine(Eq(1, 1L.GetHashCode())); // expect: True
        Console.WriteLine(Eq<object>(1, 1L)); // expect: False
    }
}
