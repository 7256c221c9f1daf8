// Query expressions with orderby: several keys mixing ascending and descending, computed keys, the stability of equal keys, orderby after where/let, and a second orderby clause becoming the primary order (the first one kept only by stability).
using System;
using System.Collections.Generic;
using System.Linq;

class Runner
{
    public string Name;
    public string Country;
    public int Seconds;
    public int Bib;
    public Runner(string name, string country, int seconds, int bib) { Name = name; Country = country; Seconds = seconds; Bib = bib; }
}

class Program
{
    static void Main()
    {
        var race = new List<Runner> {
            new Runner("Kip", "KE", 7440, 12), new Runner("Ana", "PT", 7600, 4), new Runner("Eli", "KE", 7440, 7),
            new Runner("Sara", "ET", 7501, 30), new Runner("Bo", "SE", 7600, 2), new Runner("Tadu", "ET", 7440, 19),
        };

        var results = from r in race orderby r.Seconds, r.Bib select r.Name;
        Console.WriteLine(string.Join(" ", results)); // expect: Eli Kip Tadu Sara Bo Ana

        var byCountry = from r in race orderby r.Country, r.Seconds descending, r.Name select r.Country + ":" + r.Name;
        Console.WriteLine(string.Join(" ", byCountry)); // expect: ET:Sara ET:Tadu KE:Eli KE:Kip PT:Ana SE:Bo

        var slowest = from r in race orderby r.Seconds descending select r.Name;
        Console.WriteLine(string.Join(" ", slowest)); // expect: Ana Bo Sara Kip Eli Tadu

        var explicitAsc = from r in race orderby r.Seconds ascending, r.Name descending select r.Name;
        Console.WriteLine(string.Join(" ", explicitAsc)); // expect: Tadu Kip Eli Sara Bo Ana

        // Computed keys: minutes (ties kept in source order), then name length.
        var byMinute = from r in race
                       let minutes = r.Seconds / 60
                       orderby minutes, r.Name.Length descending
                       select minutes + "m " + r.Name;
        Console.WriteLine(string.Join(", ", byMinute)); // expect: 124m Tadu, 124m Kip, 124m Eli, 125m Sara, 126m Ana, 126m Bo

        // Two separate orderby clauses: the second is the primary order; the first survives only through stability.
        var twice = from r in race orderby r.Name orderby r.Country select r.Name;
        Console.WriteLine(string.Join(" ", twice)); // expect: Sara Tadu Eli Kip Ana Bo

        // orderby after where, with a string key descending.
        var fastNames = from r in race where r.Seconds < 7600 orderby r.Name descending select r.Name.ToLower();
        Console.WriteLine(string.Join(" ", fastNames)); // expect: tadu sara kip eli

        // Sorting words: by length descending, then alphabetically.
        var words = "to be or not to be that is the question".Split(' ');
        var sorted = from w in words orderby w.Length descending, w select w;
        Console.WriteLine(string.Join(" ", sorted)); // expect: question that not the be be is or to to

        // Sorting by a bool key: false before true.
        var evensLast = from n in new[] { 4, 1, 6, 3, 2, 5 } orderby n % 2 == 0, n descending select n;
        Console.WriteLine(string.Join(" ", evensLast)); // expect: 5 3 1 6 4 2

        // Positions with ranks computed after sorting.
        var ranked = (from r in race orderby r.Seconds, r.Bib select r.Name).Select((n, i) => (i + 1) + "." + n).Take(3);
        Console.WriteLine(string.Join(" ", ranked)); // expect: 1.Eli 2.Kip 3.Tadu
    }
}
