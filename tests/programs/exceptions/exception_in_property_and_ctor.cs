// Exceptions thrown from a property getter and from a constructor propagate to the caller's handler.
using System;

class Account
{
    int balance;

    public Account(int initial)
    {
        if (initial < 0) throw new ArgumentException("negative initial balance");
        balance = initial;
    }

    public int Balance
    {
        get
        {
            if (balance == 0) throw new InvalidOperationException("empty account");
            return balance;
        }
    }
}

class Program
{
    static void Main()
    {
        try
        {
            Account a = new Account(-5);
            Console.WriteLine("not reached " + a);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("ctor: " + e.Message); // expect: ctor: negative initial balance
        }
        Account b = new Account(0);
        try
        {
            Console.WriteLine(b.Balance);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("getter: " + e.Message); // expect: getter: empty account
        }
        Console.WriteLine(new Account(3).Balance); // expect: 3
    }
}
