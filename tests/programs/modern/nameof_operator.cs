// nameof on locals, parameters, fields, properties, methods (including overloaded and generic ones), types, generic types, nested types and namespace-qualified names, used in argument checks, messages, comparisons and a const.
using System;
using System.Collections.Generic;

class Account
{
    public string Owner { get; private set; }
    int balance;

    public class Audit { public static int Count; }

    public Account(string owner)
    {
        if (owner == null) throw new ArgumentNullException(nameof(owner));
        Owner = owner;
    }

    public void Deposit(int amount)
    {
        if (amount <= 0) throw new ArgumentOutOfRangeException(nameof(amount), "must be positive");
        balance += amount;
        Console.WriteLine($"{nameof(Deposit)} {amount} -> {nameof(balance)}={balance}");
    }

    public string Field(string name)
    {
        if (name == nameof(Owner)) return Owner;
        if (name == nameof(this.balance)) return balance.ToString();
        return "?";
    }

    public static string Names() => nameof(Audit) + "," + nameof(Audit.Count) + "," + nameof(Account.Names) + "," + nameof(Names);
}

class Program
{
    const string MainName = nameof(Main);
    static T Id<T>(T x) => x;
    static void Over(int a) { }
    static void Over(string s) { }

    static void Main()
    {
        int count = 3;
        Console.WriteLine(nameof(count) + " " + MainName + " " + nameof(Id) + " " + nameof(Over) + " " + count);
        Console.WriteLine(nameof(List<int>) + " " + nameof(Dictionary<string, int>) + " " + nameof(System.Console));
        Console.WriteLine(nameof(Console.WriteLine) + " " + nameof(System.Collections.Generic) + " " + nameof(String.Empty));
        Console.WriteLine(Account.Names());
        var acct = new Account("kim");
        acct.Deposit(25);
        Console.WriteLine(acct.Field("Owner") + " " + acct.Field("balance") + " " + acct.Field("x"));
        try { new Account(null); }
        catch (ArgumentNullException e) { Console.WriteLine("null " + e.ParamName); }
        try { acct.Deposit(-1); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("range " + e.ParamName); }
        string s = "abc";
        Console.WriteLine(nameof(s.Length) + " " + nameof(acct.Owner) + " " + nameof(Account.Audit) + " " + s);
        Console.WriteLine(nameof(Program).Length + nameof(acct).Length);
    }
}
// expect: count Main Id Over 3
// expect: List Dictionary Console
// expect: WriteLine Generic Empty
// expect: Audit,Count,Names,Names
// expect: Deposit 25 -> balance=25
// expect: kim 25 ?
// expect: null owner
// expect: range amount
// expect: Length Owner Audit abc
// expect: 11
