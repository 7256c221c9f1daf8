// Query expressions with several from clauses (SelectMany): cross products, a second from depending on the first, where between froms, Pythagorean triples, and three-level nesting over a class hierarchy.
using System;
using System.Collections.Generic;
using System.Linq;

class Album
{
    public string Title;
    public string[] Tracks;
    public Album(string title, params string[] tracks) { Title = title; Tracks = tracks; }
}

class Program
{
    static void Main()
    {
        var suits = new[] { "H", "S" };
        var ranks = new[] { "A", "K", "Q" };
        var cards = from s in suits from r in ranks select r + s;
        Console.WriteLine(string.Join(" ", cards)); // expect: AH KH QH AS KS QS

        var triples = from a in Enumerable.Range(1, 20)
                      from b in Enumerable.Range(a, 21 - a)
                      from c in Enumerable.Range(b, 21 - b)
                      where a * a + b * b == c * c
                      select a + "-" + b + "-" + c;
        Console.WriteLine(string.Join(" ", triples)); // expect: 3-4-5 5-12-13 6-8-10 8-15-17 9-12-15 12-16-20

        var albums = new List<Album> {
            new Album("Blue", "All I Want", "River", "Blue"),
            new Album("Abbey", "Something", "Because"),
            new Album("Kid", "Idioteque"),
        };
        var longTracks = from al in albums
                         from t in al.Tracks
                         where t.Length > 5
                         select al.Title + "/" + t;
        Console.WriteLine(string.Join(", ", longTracks)); // expect: Blue/All I Want, Abbey/Something, Abbey/Because, Kid/Idioteque

        // where before the second from filters the outer sequence only.
        var fromBig = from al in albums
                      where al.Tracks.Length > 1
                      from t in al.Tracks
                      select t.Substring(0, 2);
        Console.WriteLine(string.Join(" ", fromBig)); // expect: Al Ri Bl So Be

        // Title tracks: a where that uses both range variables.
        var titleTracks = from al in albums from t in al.Tracks where t == al.Title select t;
        Console.WriteLine(string.Join(" ", titleTracks)); // expect: Blue

        // Upper triangle of pairs, no repeats.
        var players = new[] { "ann", "bob", "cy", "dee" };
        var matches = from i in Enumerable.Range(0, players.Length)
                      from j in Enumerable.Range(i + 1, players.Length - i - 1)
                      select players[i] + "v" + players[j];
        Console.WriteLine(matches.Count() + ": " + string.Join(" ", matches)); // expect: 6: annvbob annvcy annvdee bobvcy bobvdee cyvdee

        // Characters of words, flattened and counted.
        var letters = from w in new[] { "ab", "", "cde" } from ch in w select ch;
        Console.WriteLine(new string(letters.ToArray()) + " " + letters.Count()); // expect: abcde 5

        // Four froms: binary strings of length 4 with exactly two ones.
        var bits = new[] { 0, 1 };
        var codes = from a in bits from b in bits from c in bits from d in bits
                    where a + b + c + d == 2
                    select "" + a + b + c + d;
        Console.WriteLine(string.Join(" ", codes)); // expect: 0011 0101 0110 1001 1010 1100

        // Dependent sequences: each number n expands to n copies.
        var expanded = from n in new[] { 1, 3, 2 } from k in Enumerable.Repeat(n, n) select k;
        Console.WriteLine(string.Join("", expanded)); // expect: 133322
    }
}
