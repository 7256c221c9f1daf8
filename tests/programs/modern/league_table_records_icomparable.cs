// Football league table: record implementing IComparable<T> via tuple CompareTo, init-only properties updated with a multi-member with-expression, relational switch on a subtraction, iterator parsing results with Select(int.Parse) method groups, TakeLast/Append on records, tuple or-patterns, Aggregate over named tuples, custom numeric format sections, Max/Min via IComparable
// hand-checked: C# 8/9 features mcs 6.8 cannot compile; output checked on CoreCLR 3.1 and Mono running Sharp's build
using System;
using System.Collections.Generic;
using System.Linq;

public enum Outcome { Win, Draw, Loss }

public record Match(string Home, string Away, int HomeGoals, int AwayGoals)
{
    public Outcome HomeOutcome => (HomeGoals - AwayGoals) switch
    {
        > 0 => Outcome.Win,
        0 => Outcome.Draw,
        < 0 => Outcome.Loss
    };
}

public record Standing(string Team) : IComparable<Standing>
{
    public int Played { get; init; }
    public int Won { get; init; }
    public int Drawn { get; init; }
    public int Lost { get; init; }
    public int For { get; init; }
    public int Against { get; init; }
    public int Points => Won * 3 + Drawn;
    public int Diff => For - Against;
    public IReadOnlyList<char> Form { get; init; } = Array.Empty<char>();

    public Standing Record(int scored, int conceded)
    {
        var outcome = (scored - conceded) switch { > 0 => 'W', 0 => 'D', _ => 'L' };
        return this with
        {
            Played = Played + 1,
            Won = Won + (outcome == 'W' ? 1 : 0),
            Drawn = Drawn + (outcome == 'D' ? 1 : 0),
            Lost = Lost + (outcome == 'L' ? 1 : 0),
            For = For + scored,
            Against = Against + conceded,
            Form = Form.Append(outcome).TakeLast(3).ToArray(),
        };
    }

    public int CompareTo(Standing? other) =>
        other is null ? -1 :
        (other.Points, other.Diff, other.For).CompareTo((Points, Diff, For)) is var c && c != 0 ? c :
        string.CompareOrdinal(Team, other.Team);
}

public static class Program
{
    static IEnumerable<Match> ParseResults(string text)
    {
        foreach (var raw in text.Split(';'))
        {
            var parts = raw.Trim().Split(' ');
            var (home, result, away) = (parts[0], parts[1], parts[2]);
            var goals = result.Split('-').Select(int.Parse).ToArray();
            yield return new Match(home, away, goals[0], goals[^1]);
        }
    }

    public static void Main()
    {
        const string results = "Lions 2-1 Tigers; Bears 0-0 Wolves; Tigers 3-3 Bears; Wolves 1-2 Lions; " +
                               "Lions 0-1 Bears; Tigers 2-0 Wolves; Bears 1-1 Lions; Wolves 4-1 Tigers";
        var matches = ParseResults(results).ToList();
        Console.WriteLine($"{matches.Count} matches, {matches.Sum(m => m.HomeGoals + m.AwayGoals)} goals");

        var table = new Dictionary<string, Standing>();
        foreach (var m in matches)
        {
            table[m.Home] = (table.TryGetValue(m.Home, out var h) ? h : new Standing(m.Home)).Record(m.HomeGoals, m.AwayGoals);
            table[m.Away] = (table.TryGetValue(m.Away, out var a) ? a : new Standing(m.Away)).Record(m.AwayGoals, m.HomeGoals);
        }

        var ranked = table.Values.ToList();
        ranked.Sort();
        Console.WriteLine($"{"#",2} {"Team",-7}{"P",3}{"W",3}{"D",3}{"L",3}{"GF",4}{"GA",4}{"GD",4}{"Pts",5}  Form");
        foreach (var (s, i) in ranked.Select((s, i) => (s, i + 1)))
            Console.WriteLine($"{i,2} {s.Team,-7}{s.Played,3}{s.Won,3}{s.Drawn,3}{s.Lost,3}{s.For,4}{s.Against,4}{s.Diff,4:+0;-0;0}{s.Points,5}  {new string(s.Form.ToArray())}");

        var outcomes = matches.GroupBy(m => m.HomeOutcome).OrderBy(g => g.Key)
            .Select(g => $"{g.Key}={g.Count()}");
        Console.WriteLine("home: " + string.Join(" ", outcomes));

        var biggest = matches.OrderByDescending(m => Math.Abs(m.HomeGoals - m.AwayGoals)).ThenByDescending(m => m.HomeGoals + m.AwayGoals).First();
        Console.WriteLine($"biggest margin: {biggest}");

        var h2h = matches.Where(m => (m.Home, m.Away) is ("Lions", "Bears") or ("Bears", "Lions"))
            .Select(m => m.Home == "Lions" ? (m.HomeGoals, m.AwayGoals) : (m.AwayGoals, m.HomeGoals))
            .Aggregate((Lions: 0, Bears: 0), (acc, g) => (acc.Lions + g.Item1, acc.Bears + g.Item2));
        Console.WriteLine($"Lions v Bears aggregate: {h2h.Lions}-{h2h.Bears}");

        var leader = ranked[0];
        var runnerUp = ranked[1];
        Console.WriteLine(leader.CompareTo(runnerUp) < 0 ? $"{leader.Team} lead on {(leader.Points == runnerUp.Points ? "goal difference" : "points")}" : "tie");
        Console.WriteLine(leader with { Form = new[] { 'W' } } == leader);
        var unbeaten = ranked.Where(s => s is { Lost: 0 }).Select(s => s.Team);
        Console.WriteLine($"unbeaten: {string.Join(",", unbeaten.DefaultIfEmpty("none"))}");
        Console.WriteLine(ranked.Max()!.Team + " / " + ranked.Min()!.Team);
    }
}
// expect: 8 matches, 22 goals
// expect:  # Team     P  W  D  L  GF  GA  GD  Pts  Form
// expect:  1 Lions    4  2  1  1   5   4  +1    7  WLD
// expect:  2 Bears    4  1  3  0   5   4  +1    6  DWD
// expect:  3 Wolves   4  1  1  2   5   5   0    4  LLW
// expect:  4 Tigers   4  1  1  2   7   9  -2    4  DWL
// expect: home: Win=3 Draw=3 Loss=2
// expect: biggest margin: Match { Home = Wolves, Away = Tigers, HomeGoals = 4, AwayGoals = 1, HomeOutcome = Win }
// expect: Lions v Bears aggregate: 1-2
// expect: Lions lead on points
// expect: False
// expect: unbeaten: Bears
// expect: Tigers / Lions
