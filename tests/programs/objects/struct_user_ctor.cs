// Struct constructors assigning every field, chaining with this(...), and assigning `this` wholesale.
using System;

struct Money
{
    public long Cents;
    public string Currency;

    public Money(long cents, string currency) { Cents = cents; Currency = currency; }
    public Money(long dollars) : this(dollars * 100, "USD") { }
    public Money(Money other, int times)
    {
        this = other;
        Cents *= times;
    }
    public override string ToString() { return Cents / 100 + "." + (Cents % 100).ToString("00") + " " + Currency; }
}

class Program
{
    static void Main()
    {
        Money a = new Money(1234, "EUR");
        Console.WriteLine(a);                  // expect: 12.34 EUR
        Money b = new Money(5);
        Console.WriteLine(b);                  // expect: 5.00 USD
        Money c = new Money(a, 3);
        Console.WriteLine(c);                  // expect: 37.02 EUR
        Console.WriteLine(a.Cents);            // expect: 1234
        Money z = new Money();
        Console.WriteLine(z.Cents + " " + (z.Currency == null)); // expect: 0 True
    }
}
