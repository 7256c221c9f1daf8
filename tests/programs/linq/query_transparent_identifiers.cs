// Transparent identifiers in query expressions: range variables from earlier clauses stay in scope after let, a second from, join and join … into, so later where/orderby/select clauses can use all of them at once.
using System;
using System.Collections.Generic;
using System.Linq;

class City { public string Name; public string Country; public int Pop; public City(string n, string c, int p) { Name = n; Country = c; Pop = p; } }
class Country { public string Code; public string Name; public Country(string code, string name) { Code = code; Name = name; } }
class Flight { public string From; public string To; public int Minutes; public Flight(string f, string t, int m) { From = f; To = t; Minutes = m; } }

class Program
{
    static void Main()
    {
        var countries = new[] { new Country("FR", "France"), new Country("JP", "Japan"), new Country("BR", "Brazil") };
        var cities = new List<City> {
            new City("Paris", "FR", 2100), new City("Lyon", "FR", 520), new City("Osaka", "JP", 2700),
            new City("Tokyo", "JP", 14000), new City("Recife", "BR", 1600),
        };
        var flights = new List<Flight> {
            new Flight("Paris", "Tokyo", 830), new Flight("Lyon", "Paris", 70), new Flight("Tokyo", "Osaka", 75),
            new Flight("Recife", "Paris", 540), new Flight("Osaka", "Recife", 1500),
        };

        // let after join: both joined variables and the let are visible.
        var q1 = from c in cities
                 join k in countries on c.Country equals k.Code
                 let label = c.Name + " (" + k.Name + ")"
                 where c.Pop > 2000
                 orderby k.Name, c.Pop descending
                 select label + " " + c.Pop;
        foreach (var s in q1) Console.WriteLine(s);
        // expect: Paris (France) 2100
        // expect: Tokyo (Japan) 14000
        // expect: Osaka (Japan) 2700

        // Two joins against the same table through a flight, then a let using all three.
        var q2 = from f in flights
                 join a in cities on f.From equals a.Name
                 join b in cities on f.To equals b.Name
                 let international = a.Country != b.Country
                 where international
                 orderby f.Minutes
                 select a.Country + "->" + b.Country + " " + f.From + "-" + f.To + " " + f.Minutes;
        Console.WriteLine(string.Join(" | ", q2)); // expect: BR->FR Recife-Paris 540 | FR->JP Paris-Tokyo 830 | JP->BR Osaka-Recife 1500

        // from, from, let, where, orderby: two-hop routes.
        var q3 = from f1 in flights
                 from f2 in flights
                 where f1.To == f2.From
                 let total = f1.Minutes + f2.Minutes
                 where total < 1000
                 orderby total descending
                 select f1.From + ">" + f1.To + ">" + f2.To + "=" + total;
        Console.WriteLine(string.Join(" ", q3)); // expect: Paris>Tokyo>Osaka=905 Lyon>Paris>Tokyo=900

        // join … into followed by let and from: variables from every level.
        var q4 = from k in countries
                 join c in cities on k.Code equals c.Country into local
                 let total = local.Sum(x => x.Pop)
                 from c in local
                 let share = c.Pop * 100 / total
                 where share >= 20
                 select k.Code + ":" + c.Name + "=" + share + "%";
        Console.WriteLine(string.Join(" ", q4)); // expect: FR:Paris=80% JP:Tokyo=83% BR:Recife=100%

        // Several lets stacked, each using the ones before.
        var q5 = from c in cities
                 let lower = c.Name.ToLower()
                 let vowels = lower.Count(ch => "aeiou".IndexOf(ch) >= 0)
                 let ratio = vowels * 10 / lower.Length
                 orderby ratio descending, lower
                 select lower + ":" + vowels + "/" + lower.Length;
        Console.WriteLine(string.Join(" ", q5)); // expect: osaka:3/5 recife:3/6 paris:2/5 tokyo:2/5 lyon:1/4

        // group after join, grouping a value computed from both sides.
        var q6 = from f in flights
                 join c in cities on f.From equals c.Name
                 group f.To by c.Country into g
                 orderby g.Key
                 select g.Key + "[" + string.Join(",", g) + "]";
        Console.WriteLine(string.Join(" ", q6)); // expect: BR[Paris] FR[Tokyo,Paris] JP[Osaka,Recife]
    }
}
