// ValueType.Equals compares field by field: a reference field by its own
// Equals (strings by their text, nulls equal only nulls), embedded structs
// included; GetHashCode agrees with it, so such structs work as keys.
using System;
using System.Collections.Generic;

struct Name
{
    public string First;
    public string Last;
    public Name(string first, string last) { First = first; Last = last; }
}

struct Entry
{
    public int Id;
    public Name Who;
    public object Tag;
}

class Program
{
    static string Joined(string a, string b) => a + b;

    static void Main()
    {
        var a = new Name("Ada", "Lovelace");
        var b = new Name(Joined("A", "da"), Joined("Love", "lace"));
        Console.WriteLine(a.Equals(b) + " " + a.Equals(new Name("Ada", "Byron")) + " " + (a.GetHashCode() == b.GetHashCode()));
        Console.WriteLine(new Name(null, "x").Equals(new Name(null, "x")) + " " + new Name(null, "x").Equals(new Name("", "x")) + " " + new Name("", "x").Equals(new Name(null, "x")));
        Console.WriteLine(a.Equals(null) + " " + a.Equals("Ada") + " " + a.Equals((object)b));

        var e1 = new Entry { Id = 1, Who = a, Tag = 42 };
        var e2 = new Entry { Id = 1, Who = b, Tag = 42 };
        Console.WriteLine(e1.Equals(e2) + " " + (e1.GetHashCode() == e2.GetHashCode()));
        e2.Tag = 43;
        Console.WriteLine(e1.Equals(e2));
        e2.Tag = 42;
        e2.Id = 2;
        Console.WriteLine(e1.Equals(e2));

        var ages = new Dictionary<Name, int>();
        ages[a] = 36;
        ages[new Name("Alan", "Turing")] = 41;
        Console.WriteLine(ages[b] + " " + ages.ContainsKey(new Name(Joined("Al", "an"), "Turing")) + " " + ages.Count);
        var seen = new HashSet<Entry> { e1, new Entry { Id = 1, Who = b, Tag = 42 } };
        Console.WriteLine(seen.Count);
    }
}
// expect: True False True
// expect: True False False
// expect: False False True
// expect: True True
// expect: False
// expect: False
// expect: 36 True 2
// expect: 1
