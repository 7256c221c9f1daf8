// An event-sourced bank account: events are a record hierarchy, the account state is a record rebuilt by folding events with `with` (in a loop and with LINQ Aggregate), events are dispatched by type and property patterns, and snapshots are compared by value.
// hand-checked: C# 9 records; mcs 6.8 cannot compile them; output checked on CoreCLR 3.1 running Sharp's build
using System;
using System.Collections.Generic;
using System.Linq;

abstract record AccountEvent(int Sequence);
record Opened(int Sequence, string Owner) : AccountEvent(Sequence);
record Deposited(int Sequence, int Amount) : AccountEvent(Sequence);
record Withdrawn(int Sequence, int Amount) : AccountEvent(Sequence);
record Frozen(int Sequence, string Reason) : AccountEvent(Sequence);
record Unfrozen(int Sequence) : AccountEvent(Sequence);

record AccountState(string Owner, int Balance, bool IsFrozen, int Version)
{
    public static readonly AccountState Empty = new AccountState(null, 0, false, 0);

    public AccountState Apply(AccountEvent e) => (e switch
    {
        Opened o => this with { Owner = o.Owner },
        Deposited { Amount: var a } => this with { Balance = Balance + a },
        Withdrawn w when !IsFrozen => this with { Balance = Balance - w.Amount },
        Withdrawn => this,
        Frozen => this with { IsFrozen = true },
        Unfrozen => this with { IsFrozen = false },
        _ => throw new InvalidOperationException("unknown event " + e),
    }) with { Version = e.Sequence };
}

class Program
{
    static void Main()
    {
        var log = new List<AccountEvent>
        {
            new Opened(1, "Ann"),
            new Deposited(2, 100),
            new Withdrawn(3, 30),
            new Frozen(4, "suspicious login"),
            new Withdrawn(5, 50),
            new Unfrozen(6),
            new Deposited(7, 5),
        };

        foreach (var e in log) Console.WriteLine(e);

        var state = AccountState.Empty;
        var history = new List<AccountState>();
        foreach (var e in log)
        {
            state = state.Apply(e);
            history.Add(state);
        }
        Console.WriteLine(state);
        Console.WriteLine(AccountState.Empty);

        var replayed = log.Aggregate(AccountState.Empty, (s, e) => s.Apply(e));
        Console.WriteLine(replayed == state);
        Console.WriteLine(ReferenceEquals(replayed, state));

        var atFour = log.Take(4).Aggregate(AccountState.Empty, (s, e) => s.Apply(e));
        Console.WriteLine(atFour);
        Console.WriteLine(atFour == history[3]);
        Console.WriteLine(history[4] == history[3]);
        Console.WriteLine(history[4] with { Version = 4 } == history[3]);

        var distinctBalances = history.Select(h => h.Balance).Distinct();
        Console.WriteLine(string.Join(" ", distinctBalances));

        int deposits = log.OfType<Deposited>().Sum(d => d.Amount);
        Console.WriteLine(deposits);
        var reasons = log.Where(e => e is Frozen).Cast<Frozen>().Select(f => f.Reason);
        Console.WriteLine(string.Join(",", reasons));

        var byKind = log.GroupBy(e => e.GetType().Name).Select(g => $"{g.Key}={g.Count()}");
        Console.WriteLine(string.Join(" ", byKind));

        AccountEvent dup = new Deposited(2, 100);
        Console.WriteLine(log.Contains(dup));
        Console.WriteLine(log.IndexOf(new Withdrawn(5, 50)));
        Console.WriteLine(dup.Equals(new Withdrawn(2, 100)));
    }
}
// expect: Opened { Sequence = 1, Owner = Ann }
// expect: Deposited { Sequence = 2, Amount = 100 }
// expect: Withdrawn { Sequence = 3, Amount = 30 }
// expect: Frozen { Sequence = 4, Reason = suspicious login }
// expect: Withdrawn { Sequence = 5, Amount = 50 }
// expect: Unfrozen { Sequence = 6 }
// expect: Deposited { Sequence = 7, Amount = 5 }
// expect: AccountState { Owner = Ann, Balance = 75, IsFrozen = False, Version = 7 }
// expect: AccountState { Owner = , Balance = 0, IsFrozen = False, Version = 0 }
// expect: True
// expect: False
// expect: AccountState { Owner = Ann, Balance = 70, IsFrozen = True, Version = 4 }
// expect: True
// expect: False
// expect: True
// expect: 0 100 70 75
// expect: 105
// expect: suspicious login
// expect: Opened=1 Deposited=2 Withdrawn=2 Frozen=1 Unfrozen=1
// expect: True
// expect: 4
// expect: False
