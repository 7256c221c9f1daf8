// Access modifiers: private members used inside the class (also on other instances), internal and
// protected internal from the same assembly, private constructors with a static factory.
using System;

class Account
{
    private int balance;
    internal string Owner;
    protected internal int Id;
    private static int count;

    private Account(string owner) { Owner = owner; Id = ++count; }
    public static Account Open(string owner) { return new Account(owner); }

    public void Deposit(int n) { if (Valid(n)) balance += n; }
    private static bool Valid(int n) { return n > 0; }
    public void TransferTo(Account other, int n) { balance -= n; other.balance += n; }
    public int Balance { get { return balance; } }
}

internal class Helper
{
    internal static string Tag() { return "internal"; }
}

class Program
{
    static void Main()
    {
        Account a = Account.Open("ann"), b = Account.Open("bob");
        a.Deposit(100);
        a.Deposit(-5);
        a.TransferTo(b, 30);
        Console.WriteLine(a.Balance + " " + b.Balance);  // expect: 70 30
        Console.WriteLine(b.Owner + " " + b.Id);         // expect: bob 2
        Console.WriteLine(Helper.Tag());                 // expect: internal
    }
}
