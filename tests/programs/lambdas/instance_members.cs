// Lambdas in instance methods using `this`: fields, properties, methods and virtual calls of the enclosing object, plus static fields.
using System;
using System.Collections.Generic;

class Account
{
    private static int created = 0;
    private int balance;
    private List<string> history = new List<string>();
    public string Owner { get; private set; }

    public Account(string owner, int opening)
    {
        Owner = owner;
        balance = opening;
        created++;
    }

    public static int Created { get { return created; } }

    public virtual int Fee() { return 1; }

    private void Record(string what) { history.Add(what); }

    public Action<int> Depositor()
    {
        return amount =>
        {
            balance += amount - Fee();
            Record("deposit " + amount);
        };
    }

    public Func<int, bool> CanAfford()
    {
        return price => price <= this.balance;
    }

    public Func<string> Summary()
    {
        return () => Owner + ": " + balance + " after " + history.Count + " ops (of " + created + " accounts)";
    }

    public Func<Account, bool> Richer()
    {
        return delegate (Account other) { return balance > other.balance; };
    }
}

class Premium : Account
{
    public Premium(string owner, int opening) : base(owner, opening) { }
    public override int Fee() { return 0; }
}

class Program
{
    static void Main()
    {
        Account a = new Account("ann", 10);
        Account b = new Premium("bob", 10);

        Action<int> depositA = a.Depositor();
        Action<int> depositB = b.Depositor();
        depositA(50);
        depositA(20);
        depositB(50);

        Console.WriteLine(a.Summary()()); // expect: ann: 78 after 2 ops (of 2 accounts)
        Console.WriteLine(b.Summary()()); // expect: bob: 60 after 1 ops (of 2 accounts)

        Func<int, bool> afford = b.CanAfford();
        Console.WriteLine(afford(60) + " " + afford(61)); // expect: True False

        Func<string> later = a.Summary();
        new Account("cy", 0);
        depositA(2);
        Console.WriteLine(later()); // expect: ann: 79 after 3 ops (of 3 accounts)

        Func<Account, bool> richerThan = a.Richer();
        Console.WriteLine(richerThan(b) + " " + b.Richer()(a)); // expect: True False
        Console.WriteLine(Account.Created); // expect: 3
    }
}
