// Operators on a class: + returns a new object; operands are unchanged; chaining left to right.
using System;

class Money
{
    public readonly int Cents;
    public Money(int cents) { Cents = cents; }
    public static Money operator +(Money a, Money b) { return new Money(a.Cents + b.Cents); }
    public static Money operator *(Money a, int n) { return new Money(a.Cents * n); }
    public static Money operator ++(Money a) { return new Money(a.Cents + 1); }
    public override string ToString() { return "$" + Cents; }
}

class Program
{
    static void Main()
    {
        Money a = new Money(100), b = new Money(50);
        Money c = a + b + a;
        Console.WriteLine(c);            // expect: $250
        Console.WriteLine(a);            // expect: $100
        Console.WriteLine(b * 3 + a);    // expect: $250
        Money d = a;
        d++;
        Console.WriteLine(d + " " + a);  // expect: $101 $100
        Money total = new Money(0);
        for (int i = 0; i < 4; i++) total += b;
        Console.WriteLine(total);        // expect: $200
    }
}
