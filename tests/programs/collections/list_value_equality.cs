// List<T>.Contains/IndexOf/Remove on structs without Equals overrides (field-by-field ValueType.Equals), enums, nullables and strings.
using System;
using System.Collections.Generic;

struct Pt
{
    public int X, Y;

    public Pt(int x, int y)
    {
        X = x;
        Y = y;
    }
}

struct Named
{
    public string Name;
    public int N;
}

enum Suit
{
    Clubs,
    Hearts,
    Spades,
}

class Program
{
    static void Main()
    {
        var pts = new List<Pt> { new Pt(1, 2), new Pt(3, 4), new Pt(1, 2) };
        Console.WriteLine(pts.Contains(new Pt(3, 4)) + " " + pts.Contains(new Pt(4, 3))); // expect: True False
        Console.WriteLine(pts.IndexOf(new Pt(1, 2)) + " " + pts.LastIndexOf(new Pt(1, 2))); // expect: 0 2
        Console.WriteLine(pts.Remove(new Pt(1, 2)) + " " + pts.Count + " " + pts[0].X); // expect: True 2 3
        var named = new List<Named>();
        var a = new Named();
        a.Name = "ab";
        a.N = 1;
        named.Add(a);
        var b = new Named();
        b.Name = new string(new char[] { 'a', 'b' });
        b.N = 1;
        Console.WriteLine(named.Contains(b)); // expect: True
        b.N = 2;
        Console.WriteLine(named.Contains(b)); // expect: False
        var suits = new List<Suit> { Suit.Spades, Suit.Clubs, Suit.Hearts, Suit.Clubs };
        Console.WriteLine(suits.IndexOf(Suit.Clubs) + " " + suits.LastIndexOf(Suit.Clubs) + " " + suits.Contains((Suit)7)); // expect: 1 3 False
        suits.Sort();
        Console.WriteLine(string.Join(" ", suits)); // expect: Clubs Clubs Hearts Spades
        var maybe = new List<int?> { 1, null, 3 };
        Console.WriteLine(maybe.IndexOf(null) + " " + maybe.IndexOf(3) + " " + maybe.Contains(2)); // expect: 1 2 False
        maybe.Sort();
        Console.WriteLine(string.Join(",", maybe)); // expect: ,1,3
        var dist = new HashSet<Pt> { new Pt(0, 0), new Pt(0, 0), new Pt(0, 1) };
        Console.WriteLine(dist.Count); // expect: 2
        var d = new Dictionary<Pt, string> { [new Pt(5, 5)] = "five" };
        Console.WriteLine(d[new Pt(5, 5)]); // expect: five
    }
}
