// KeyValuePair<K,V> (Key, Value, ToString), Comparer<T>.Default.Compare and EqualityComparer<T>.Default.Equals on ints, strings and user types.
using System;
using System.Collections.Generic;

class Version : IComparable<Version>
{
    public int Major, Minor;

    public Version(int major, int minor)
    {
        Major = major;
        Minor = minor;
    }

    public int CompareTo(Version other)
    {
        if (other == null)
            return 1;
        return Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);
    }
}

class Name : IEquatable<Name>
{
    public string Text;

    public Name(string text)
    {
        Text = text;
    }

    public bool Equals(Name other)
    {
        return other != null && other.Text == Text;
    }

    public override bool Equals(object obj)
    {
        return Equals(obj as Name);
    }

    public override int GetHashCode()
    {
        return Text.Length;
    }
}

class Plain
{
}

class Program
{
    static int Sign(int x)
    {
        return x < 0 ? -1 : x > 0 ? 1 : 0;
    }

    static void Main()
    {
        var kv = new KeyValuePair<string, int>("apples", 3);
        Console.WriteLine(kv.Key + " " + kv.Value); // expect: apples 3
        Console.WriteLine(kv); // expect: [apples, 3]
        Console.WriteLine(kv.ToString()); // expect: [apples, 3]
        Console.WriteLine(new KeyValuePair<int, string>(1, null)); // expect: [1, ]
        Console.WriteLine(new KeyValuePair<string, string>(null, "v")); // expect: [, v]
        Console.WriteLine(default(KeyValuePair<int, double>)); // expect: [0, 0]
        var nested = new KeyValuePair<int, KeyValuePair<char, bool>>(7, new KeyValuePair<char, bool>('c', true));
        Console.WriteLine(nested); // expect: [7, [c, True]]
        Console.WriteLine(kv.Equals(new KeyValuePair<string, int>("apples", 3))); // expect: True
        string k;
        int v;
        kv.Deconstruct(out k, out v);
        Console.WriteLine(k + v); // expect: apples3

        Comparer<int> ci = Comparer<int>.Default;
        Console.WriteLine(Sign(ci.Compare(1, 2)) + " " + Sign(ci.Compare(2, 2)) + " " + Sign(ci.Compare(3, 2))); // expect: -1 0 1
        Console.WriteLine(Sign(Comparer<int>.Default.Compare(int.MinValue, int.MaxValue))); // expect: -1
        Comparer<string> cs = Comparer<string>.Default;
        Console.WriteLine(Sign(cs.Compare("apple", "banana")) + " " + Sign(cs.Compare("b", "b")) + " " + Sign(cs.Compare(null, "a")) + " " + Sign(cs.Compare("a", null))); // expect: -1 0 -1 1
        Console.WriteLine(Sign(Comparer<double>.Default.Compare(double.NaN, 0.0))); // expect: -1
        Comparer<Version> cv = Comparer<Version>.Default;
        Console.WriteLine(Sign(cv.Compare(new Version(1, 10), new Version(1, 9))) + " " + Sign(cv.Compare(new Version(0, 1), new Version(2, 0)))); // expect: 1 -1
        Console.WriteLine(Sign(cv.Compare(null, new Version(0, 0))) + " " + Sign(cv.Compare(null, null))); // expect: -1 0

        EqualityComparer<int> ei = EqualityComparer<int>.Default;
        Console.WriteLine(ei.Equals(5, 5) + " " + ei.Equals(5, 6) + " " + (ei.GetHashCode(5) == 5.GetHashCode())); // expect: True False True
        EqualityComparer<string> es = EqualityComparer<string>.Default;
        string built = new string(new char[] { 'h', 'i' });
        Console.WriteLine(es.Equals("hi", built) + " " + es.Equals("hi", "Hi") + " " + es.Equals(null, null) + " " + es.Equals(null, "x")); // expect: True False True False
        EqualityComparer<Name> en = EqualityComparer<Name>.Default;
        Console.WriteLine(en.Equals(new Name("x"), new Name("x")) + " " + en.Equals(new Name("x"), new Name("y")) + " " + en.Equals(new Name("x"), null)); // expect: True False False
        var p = new Plain();
        EqualityComparer<Plain> ep = EqualityComparer<Plain>.Default;
        Console.WriteLine(ep.Equals(p, p) + " " + ep.Equals(p, new Plain())); // expect: True False
        Console.WriteLine(EqualityComparer<int?>.Default.Equals(null, null) + " " + EqualityComparer<int?>.Default.Equals(3, null)); // expect: True False
        Console.WriteLine(EqualityComparer<double>.Default.Equals(double.NaN, double.NaN)); // expect: True
    }
}
