// Abstract classes: abstract methods and properties implemented by subclasses, concrete members calling them.
using System;

abstract class Account
{
    protected int balance;
    protected Account(int opening) { balance = opening; }
    public abstract string Kind { get; }
    public abstract int Fee();
    public int Net() { return balance - Fee(); }
    public override string ToString() { return Kind + ":" + Net(); }
}

class Checking : Account
{
    public Checking(int b) : base(b) { }
    public override string Kind { get { return "checking"; } }
    public override int Fee() { return 2; }
}

class Savings : Account
{
    public Savings(int b) : base(b) { }
    public override string Kind => "savings";
    public override int Fee() { return balance > 100 ? 0 : 1; }
}

class Program
{
    static void Main()
    {
        Account[] all = { new Checking(50), new Savings(500), new Savings(20) };
        int total = 0;
        foreach (Account a in all)
        {
            Console.WriteLine(a);
            total += a.Net();
        }
        // expect: checking:48
        // expect: savings:500
        // expect: savings:19
        Console.WriteLine(total); // expect: 567
    }
}
