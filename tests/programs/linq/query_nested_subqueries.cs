// Nested query expressions: subqueries inside select, where and let clauses, a query in a lambda inside a query, correlated subqueries using the outer range variable, and query expressions mixed with method calls.
using System;
using System.Collections.Generic;
using System.Linq;

class Team
{
    public string Name;
    public string League;
    public Team(string name, string league) { Name = name; League = league; }
}

class Match
{
    public string Home, Away;
    public int HomeGoals, AwayGoals;
    public Match(string h, string a, int hg, int ag) { Home = h; Away = a; HomeGoals = hg; AwayGoals = ag; }
}

class Program
{
    static void Main()
    {
        var teams = new List<Team> { new Team("Lions", "A"), new Team("Bears", "A"), new Team("Hawks", "B"), new Team("Wolves", "B") };
        var matches = new List<Match> {
            new Match("Lions", "Bears", 2, 1), new Match("Bears", "Lions", 0, 0), new Match("Hawks", "Wolves", 1, 3),
            new Match("Wolves", "Hawks", 2, 2), new Match("Lions", "Hawks", 4, 1), new Match("Wolves", "Bears", 0, 1),
        };

        var table = from t in teams
                    let home = from m in matches where m.Home == t.Name select m
                    let away = from m in matches where m.Away == t.Name select m
                    let scored = home.Sum(m => m.HomeGoals) + away.Sum(m => m.AwayGoals)
                    let conceded = home.Sum(m => m.AwayGoals) + away.Sum(m => m.HomeGoals)
                    let points = (from m in home select m.HomeGoals > m.AwayGoals ? 3 : m.HomeGoals == m.AwayGoals ? 1 : 0).Sum()
                               + (from m in away select m.AwayGoals > m.HomeGoals ? 3 : m.AwayGoals == m.HomeGoals ? 1 : 0).Sum()
                    orderby points descending, scored - conceded descending
                    select t.Name + " " + points + "pts " + scored + ":" + conceded;
        foreach (var row in table) Console.WriteLine(row);
        // expect: Lions 7pts 6:2
        // expect: Wolves 4pts 5:4
        // expect: Bears 4pts 2:2
        // expect: Hawks 1pts 4:9

        // where with a correlated subquery: teams that never lost at home.
        var unbeatenAtHome = from t in teams
                             where !(from m in matches where m.Home == t.Name && m.HomeGoals < m.AwayGoals select m).Any()
                             select t.Name;
        Console.WriteLine(string.Join(" ", unbeatenAtHome)); // expect: Lions Bears

        // select producing a nested sequence (a query per team), flattened for printing.
        var opponents = from t in teams
                        select t.Name + ": " + string.Join(",", from m in matches
                                                                where m.Home == t.Name || m.Away == t.Name
                                                                select m.Home == t.Name ? m.Away : m.Home);
        foreach (var o in opponents) Console.WriteLine(o);
        // expect: Lions: Bears,Bears,Hawks
        // expect: Bears: Lions,Lions,Wolves
        // expect: Hawks: Wolves,Wolves,Lions
        // expect: Wolves: Hawks,Hawks,Bears

        // Cross-league matches, using a subquery as a lookup of leagues.
        var cross = from m in matches
                    let hl = (from t in teams where t.Name == m.Home select t.League).Single()
                    let al = (from t in teams where t.Name == m.Away select t.League).Single()
                    where hl != al
                    select m.Home + "(" + hl + ") v " + m.Away + "(" + al + ")";
        Console.WriteLine(string.Join("; ", cross)); // expect: Lions(A) v Hawks(B); Wolves(B) v Bears(A)

        // A query inside a lambda inside a query.
        var leagues = from l in teams.Select(t => t.League).Distinct()
                      select l + "=" + teams.Where(t => t.League == l)
                                            .Sum(t => (from m in matches where m.Home == t.Name select m.HomeGoals).Sum());
        Console.WriteLine(string.Join(" ", leagues)); // expect: A=6 B=3

        // The highest-scoring match(es), with the max computed by a subquery.
        var best = from m in matches
                   where m.HomeGoals + m.AwayGoals == (from x in matches select x.HomeGoals + x.AwayGoals).Max()
                   select m.Home + "-" + m.Away;
        Console.WriteLine(string.Join(" ", best)); // expect: Lions-Hawks
    }
}
