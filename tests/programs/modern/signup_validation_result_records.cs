// Signup validation pipeline: generic abstract record with nested sealed records as a Result type, Map/Bind via type patterns, init accessor with a backing field that normalises and throws, rule table of lambdas using or/not/property patterns and is-var, OfType to drop nulls, nested property patterns on generic nested records, positional pattern on a nested generic record, with-expressions and record equality, lambda discard parameters
// hand-checked: C# 8/9 features mcs 6.8 cannot compile; output checked on CoreCLR 3.1 and Mono running Sharp's build
using System;
using System.Collections.Generic;
using System.Linq;

abstract record Result<T>
{
    public sealed record Ok(T Value) : Result<T>;
    public sealed record Fail(string[] Errors) : Result<T>
    {
        public override string ToString() => $"Fail[{string.Join("; ", Errors)}]";
    }

    public Result<TOut> Map<TOut>(Func<T, TOut> f) => this switch
    {
        Ok ok => new Result<TOut>.Ok(f(ok.Value)),
        Fail fail => new Result<TOut>.Fail(fail.Errors),
        _ => throw new InvalidOperationException()
    };

    public Result<TOut> Bind<TOut>(Func<T, Result<TOut>> f) => this is Ok ok ? f(ok.Value) : new Result<TOut>.Fail(((Fail)this).Errors);
}

record Signup
{
    private readonly string email = "";
    public string User { get; init; } = "";
    public string Email
    {
        get => email;
        init => email = value?.Trim().ToLowerInvariant() ?? throw new ArgumentNullException(nameof(Email));
    }
    public int Age { get; init; }
    public string? Referrer { get; init; }
}

record Account(string User, string Email, string Tier, int Credits);

static class Validator
{
    static readonly Func<Signup, string?>[] Rules =
    {
        s => s.User.Length is < 3 or > 12 ? $"{nameof(s.User)} length {s.User.Length}" : null,
        s => s.User.All(char.IsLetterOrDigit) ? null : $"{nameof(s.User)} has symbols",
        s => s.Email.IndexOf('@') is var at && at > 0 && s.Email.IndexOf('.', at) > at + 1 ? null : $"bad {nameof(Signup.Email)} '{s.Email}'",
        s => s.Age switch { < 13 => "too young", > 120 => "implausible age", _ => null },
        s => s.Referrer is not null and not { Length: 6 } ? "referrer code must have 6 chars" : null,
    };

    public static Result<Signup> Check(Signup s)
    {
        var errors = Rules.Select(r => r(s)).OfType<string>().ToList();
        return errors.Count == 0 ? new Result<Signup>.Ok(s) : (Result<Signup>)new Result<Signup>.Fail(errors.ToArray());
    }

    public static Result<Account> Open(Signup s, ISet<string> taken) =>
        taken.Add(s.User)
            ? new Result<Account>.Ok(new Account(s.User, s.Email, s.Age >= 65 ? "senior" : "standard", s.Referrer is null ? 0 : 50))
            : (Result<Account>)new Result<Account>.Fail(new[] { $"user '{s.User}' taken" });
}

class Program
{
    static void Main()
    {
        var taken = new HashSet<string> { "root" };
        var signups = new List<Signup>
        {
            new() { User = "alice", Email = "  Alice@Example.com ", Age = 34 },
            new() { User = "bo", Email = "bo@x", Age = 9 },
            new() { User = "carol99", Email = "carol@mail.org", Age = 70, Referrer = "ABC123" },
            new() { User = "root", Email = "r@host.net", Age = 40 },
            new() { User = "d@ve", Email = "dave@site.io", Age = 200, Referrer = "X" },
            new() { User = "alice", Email = "other@example.com", Age = 22 },
        };

        var results = signups.Select(s => Validator.Check(s).Bind(ok => Validator.Open(ok, taken))).ToList();
        foreach (var (s, r) in signups.Zip(results, (s, r) => (s, r)))
        {
            var line = r switch
            {
                Result<Account>.Ok { Value: { Tier: "senior" } a } => $"{a.User}: senior account, {a.Credits} credits",
                Result<Account>.Ok { Value: var a } => $"{a.User}: {a.Tier} <{a.Email}> credits={a.Credits}",
                Result<Account>.Fail f => $"{s.User}: {f}",
                _ => "?"
            };
            Console.WriteLine(line);
        }

        var okCount = results.Count(r => r is Result<Account>.Ok);
        Console.WriteLine($"{okCount} opened, {results.Count - okCount} failed, taken: {string.Join(",", taken.OrderBy(t => t))}");

        var lengths = results.Select(r => r.Map(a => a.Email.Length));
        Console.WriteLine(string.Join(" ", lengths.Select(l => l is Result<int>.Ok(var n) ? n.ToString() : "-")));

        var fixedBo = signups[1] with { User = "bobby", Email = "BO@X.COM ", Age = 13 };
        Console.WriteLine($"{fixedBo.Email} -> {Validator.Check(fixedBo)}");
        var fixedBo2 = fixedBo with { Email = "bo@x.com" };
        Console.WriteLine(Validator.Check(fixedBo2) is Result<Signup>.Ok { Value: { Age: 13 } } ? "bobby ok" : "bobby still failing");
        Console.WriteLine(fixedBo2 == (fixedBo with { Email = "Bo@X.com" }));

        Func<int, int, int> first = (x, _) => x;
        Func<int, int, int> zero = (_, _) => 0;
        Console.WriteLine($"{first(7, 8)} {zero(1, 2)}");
        bool flag = okCount > 1;
        int? maybe = flag ? 42 : (int?)null;
        Result<int> choice = flag ? new Result<int>.Ok(1) : (Result<int>)new Result<int>.Fail(Array.Empty<string>());
        Console.WriteLine($"{maybe} {choice}");
        try { _ = new Signup { Email = null! }; }
        catch (ArgumentNullException e) { Console.WriteLine($"null {e.ParamName}"); }
    }
}
// expect: alice: standard <alice@example.com> credits=0
// expect: bo: Fail[User length 2; bad Email 'bo@x'; too young]
// expect: carol99: senior account, 50 credits
// expect: root: Fail[user 'root' taken]
// expect: d@ve: Fail[User has symbols; implausible age; referrer code must have 6 chars]
// expect: alice: Fail[user 'alice' taken]
// expect: 2 opened, 4 failed, taken: alice,carol99,root
// expect: 17 - 14 - - -
// expect: bo@x.com -> Ok { Value = Signup { User = bobby, Email = bo@x.com, Age = 13, Referrer =  } }
// expect: bobby ok
// expect: True
// expect: 7 0
// expect: 42 Ok { Value = 1 }
// expect: null Email
