// A small bank ledger mixing the C# 8/9 features: target-typed new() for accounts and transactions, ??= for lazily opened statements, nameof in validation errors, default for missing lookups, nullable reference annotations with !, and switch expressions with type, property and relational patterns to apply transactions.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
#nullable enable
using System;
using System.Collections.Generic;

abstract class Tx { public string Account = ""; public int Amount; }
class Deposit : Tx { }
class Withdrawal : Tx { public bool Atm; }
class Transfer : Tx { public string To = ""; }
class Fee : Tx { public string? Reason; }

class Account
{
    public string Id { get; }
    public int Balance { get; set; }
    public List<string>? Statement;
    public Account(string id, int opening = default) { Id = id; Balance = opening; }
}

class Ledger
{
    readonly Dictionary<string, Account> accounts = new();

    public Account Open(string id, int opening = 0)
    {
        if (string.IsNullOrEmpty(id)) throw new ArgumentException("empty id", nameof(id));
        Account a = new(id, opening);
        accounts[id] = a;
        return a;
    }

    public Account? Find(string id) => accounts.TryGetValue(id, out var a) ? a : default;

    void Note(Account a, string line) => (a.Statement ??= new()).Add(line);

    public string Apply(Tx tx)
    {
        Account? acct = Find(tx.Account);
        if (acct is null) return $"{tx.Account}: no such account";
        string result = tx switch
        {
            { Amount: <= 0 } => throw new ArgumentOutOfRangeException(nameof(tx.Amount)),
            Deposit d => Credit(acct, d.Amount),
            Withdrawal { Atm: true, Amount: > 500 } => "atm limit",
            Withdrawal w when w.Amount > acct.Balance => "insufficient funds",
            Withdrawal w => Debit(acct, w.Amount),
            Transfer t when Find(t.To) is Account target => Debit(acct, t.Amount) + " / " + Credit(target, t.Amount),
            Transfer t => "unknown target " + t.To,
            Fee { Reason: var r } f => Debit(acct, f.Amount) + " (" + (r ?? "fee") + ")",
            _ => "unsupported",
        };
        Note(acct, result);
        return $"{tx.Account}: {result}";
    }

    string Credit(Account a, int amt) { a.Balance += amt; return $"+{amt}={a.Balance}"; }
    string Debit(Account a, int amt) { a.Balance -= amt; return $"-{amt}={a.Balance}"; }
}

class Program
{
    static void Main()
    {
        Ledger ledger = new();
        ledger.Open("alice", 100);
        ledger.Open("bob");
        var txs = new List<Tx>
        {
            new Deposit { Account = "bob", Amount = 50 },
            new Withdrawal { Account = "alice", Amount = 30, Atm = true },
            new Withdrawal { Account = "alice", Amount = 600, Atm = true },
            new Withdrawal { Account = "bob", Amount = 80 },
            new Transfer { Account = "alice", Amount = 20, To = "bob" },
            new Transfer { Account = "alice", Amount = 5, To = "carol" },
            new Fee { Account = "bob", Amount = 2 },
            new Fee { Account = "alice", Amount = 1, Reason = "sms" },
            new Deposit { Account = "dave", Amount = 1 },
        };
        foreach (var tx in txs) Console.WriteLine(ledger.Apply(tx));
        try { ledger.Apply(new Deposit { Account = "bob", Amount = 0 }); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("rejected " + e.ParamName); }
        try { ledger.Open(""); }
        catch (ArgumentException e) { Console.WriteLine("rejected " + e.ParamName); }
        Account bob = ledger.Find("bob")!;
        Console.WriteLine($"bob {bob.Balance}: {string.Join("; ", bob.Statement!)}");
        Console.WriteLine(ledger.Find("zed")?.Statement?.Count ?? -1);
    }
}
// expect: bob: +50=50
// expect: alice: -30=70
// expect: alice: atm limit
// expect: bob: insufficient funds
// expect: alice: -20=50 / +20=70
// expect: alice: unknown target carol
// expect: bob: -2=68 (fee)
// expect: alice: -1=49 (sms)
// expect: dave: no such account
// expect: rejected Amount
// expect: rejected id
// expect: bob 68: +50=50; insufficient funds; -2=68 (fee)
// expect: -1
