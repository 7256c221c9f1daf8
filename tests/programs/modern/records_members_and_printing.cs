// Records with extra members: methods, static factories and counters, constants, public and private fields, computed properties; a user-defined ToString, a user-defined PrintMembers, and which members the synthesized ToString prints (public instance fields and readable properties only).
// hand-checked: C# 9 records; mcs 6.8 cannot compile them; output checked on CoreCLR 3.1 running Sharp's build
using System;
using System.Text;

record Temperature(double Celsius)
{
    public const double AbsoluteZero = -273.15;
    public static int Created;
    public static Temperature Freezing { get; } = new Temperature(0);

    public static Temperature FromFahrenheit(double f) => new Temperature((f - 32) * 5 / 9);

    public double Fahrenheit => Celsius * 9 / 5 + 32;
    public bool IsBelowFreezing() => Celsius < 0;
    public Temperature Warmer(double by) => this with { Celsius = Celsius + by };
}

record Counter(string Name)
{
    public int Hits;
    private int secret = 42;
    internal int Internal = 7;
    public int Secret => secret;
    public void Hit() { Hits++; secret++; }
}

record Money(long Cents, string Currency)
{
    public override string ToString() => $"{Cents / 100}.{Cents % 100:D2} {Currency}";
}

record Account(string Owner, Money Balance);

record Secretive(string User, string Password)
{
    protected virtual bool PrintMembers(StringBuilder builder)
    {
        builder.Append("User = ").Append(User).Append(", Password = ***");
        return true;
    }
}

record Admin(string User, string Password, int Level) : Secretive(User, Password);

record Nothing
{
    protected virtual bool PrintMembers(StringBuilder builder) => false;
}

class Program
{
    static void Main()
    {
        var t = Temperature.FromFahrenheit(212);
        Console.WriteLine(t);
        Console.WriteLine(t.Fahrenheit);
        Console.WriteLine(Temperature.Freezing);
        Console.WriteLine(Temperature.Freezing.Warmer(-2.5).IsBelowFreezing());
        Console.WriteLine(Temperature.AbsoluteZero);
        Temperature.Created += 2;
        Console.WriteLine(Temperature.Created);

        var c = new Counter("clicks");
        c.Hit();
        c.Hit();
        Console.WriteLine(c);
        var c2 = new Counter("clicks") { Hits = 2 };
        Console.WriteLine(c == c2);
        c2.Hit();
        c2.Hit();
        c2.Hits = 2;
        Console.WriteLine(c == c2);
        var c3 = c with { };
        Console.WriteLine($"{c3.Hits} {c3.Secret} {c3 == c}");

        var acct = new Account("ann", new Money(123405, "EUR"));
        Console.WriteLine(acct.Balance);
        Console.WriteLine(acct);
        Console.WriteLine(acct with { Balance = acct.Balance with { Cents = 7 } });

        var s = new Secretive("bob", "hunter2");
        Console.WriteLine(s);
        Console.WriteLine(new Admin("root", "toor", 9));
        Console.WriteLine(new Nothing());
        Console.WriteLine(s.Password.Length);
    }
}
// expect: Temperature { Celsius = 100, Fahrenheit = 212 }
// expect: 212
// expect: Temperature { Celsius = 0, Fahrenheit = 32 }
// expect: True
// expect: -273.15
// expect: 2
// expect: Counter { Name = clicks, Hits = 2, Secret = 44 }
// expect: False
// expect: True
// expect: 2 44 True
// expect: 1234.05 EUR
// expect: Account { Owner = ann, Balance = 1234.05 EUR }
// expect: Account { Owner = ann, Balance = 0.07 EUR }
// expect: Secretive { User = bob, Password = *** }
// expect: Admin { User = root, Password = ***, Level = 9 }
// expect: Nothing { }
// expect: 7
