// lock statements: nested locks taken in a consistent order for transfers, re-entering a lock already held, an exception thrown inside nested locks propagating out after inner finally blocks run, return and break leaving a lock, the lock expression evaluated exactly once, lock(null) throwing ArgumentNullException, and the Monitor.Enter(obj, ref lockTaken) pattern that lock expands to.
using System;
using System.Collections.Generic;
using System.Threading;
class InsufficientFundsException : Exception {
    public InsufficientFundsException(string m) : base(m) { }
}
class Account {
    static int nextId;
    static readonly object idGate = new object();
    readonly object gate = new object();
    public int Id { get; }
    public string Owner { get; }
    int balance;
    public Account(string owner, int balance) {
        lock (idGate) { Id = ++nextId; }
        Owner = owner;
        this.balance = balance;
    }
    public int Balance { get { lock (gate) return balance; } }
    public void Deposit(int amount) { lock (gate) { balance += amount; } }
    public void Withdraw(int amount) {
        lock (gate) {
            if (amount > balance) throw new InsufficientFundsException(Owner + " has only " + balance);
            balance -= amount;
        }
    }
    public static void Transfer(Account from, Account to, int amount) {
        Account first = from.Id < to.Id ? from : to;
        Account second = from.Id < to.Id ? to : from;
        lock (first.gate) {
            try {
                lock (second.gate) {
                    Console.WriteLine("  locked " + first.Owner + " then " + second.Owner);
                    from.Withdraw(amount);
                    to.Deposit(amount);
                }
            } finally {
                Console.WriteLine("  inner region left");
            }
        }
    }
}
class Program {
    static readonly object listGate = new object();
    static int gateRequests;
    static object Gate() { gateRequests++; return listGate; }
    static int FindIndex(List<string> items, string target) {
        lock (Gate()) {
            for (int i = 0; i < items.Count; i++) {
                lock (listGate) {
                    if (items[i] == target) return i;
                    if (items[i] == "end") break;
                }
            }
            return -1;
        }
    }
    static int Depth(int n) {
        lock (listGate) {
            return n == 0 ? 0 : 1 + Depth(n - 1);
        }
    }
    static void Main() {
        var alice = new Account("alice", 100);
        var bob = new Account("bob", 50);
        Account.Transfer(alice, bob, 30);
        Account.Transfer(bob, alice, 10);
        Console.WriteLine(alice.Owner + "=" + alice.Balance + " " + bob.Owner + "=" + bob.Balance);
        try {
            Account.Transfer(bob, alice, 500);
        } catch (InsufficientFundsException e) {
            Console.WriteLine("transfer failed: " + e.Message);
        }
        Console.WriteLine(alice.Owner + "=" + alice.Balance + " " + bob.Owner + "=" + bob.Balance);
        Account.Transfer(bob, alice, 70);
        Console.WriteLine("after retry " + alice.Balance + " " + bob.Balance);
        var items = new List<string> { "a", "b", "end", "c" };
        Console.WriteLine(FindIndex(items, "b") + " " + FindIndex(items, "c") + " " + FindIndex(items, "zz"));
        Console.WriteLine("gate requested " + gateRequests + " times");
        Console.WriteLine("reentrant depth " + Depth(5));
        object nothing = null;
        try {
            lock (nothing) { Console.WriteLine("never"); }
        } catch (ArgumentNullException) {
            Console.WriteLine("lock(null) threw ArgumentNullException");
        }
        bool taken = false;
        try {
            Monitor.Enter(listGate, ref taken);
            Console.WriteLine("lockTaken = " + taken);
        } finally {
            if (taken) Monitor.Exit(listGate);
        }
        bool already = true;
        try {
            Monitor.Enter(listGate, ref already);
        } catch (ArgumentException e) {
            Console.WriteLine("Enter with lockTaken already true: " + e.GetType().Name);
        }
        var log = new List<string>();
        string text = "shared";
        for (int i = 0; i < 3; i++) {
            lock (text) {
                try {
                    if (i == 1) throw new InvalidOperationException("round " + i);
                    log.Add("ok" + i);
                } catch (InvalidOperationException e) {
                    log.Add("caught " + e.Message);
                }
            }
        }
        Console.WriteLine(string.Join(", ", log));
        // expect:   locked alice then bob
        // expect:   inner region left
        // expect:   locked alice then bob
        // expect:   inner region left
        // expect: alice=80 bob=70
        // expect:   locked alice then bob
        // expect:   inner region left
        // expect: transfer failed: bob has only 70
        // expect: alice=80 bob=70
        // expect:   locked alice then bob
        // expect:   inner region left
        // expect: after retry 150 0
        // expect: 1 -1 -1
        // expect: gate requested 3 times
        // expect: reentrant depth 5
        // expect: lock(null) threw ArgumentNullException
        // expect: lockTaken = True
        // expect: Enter with lockTaken already true: ArgumentException
        // expect: ok0, caught round 1, ok2
    }
}
