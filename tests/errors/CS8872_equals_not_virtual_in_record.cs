using System;
record Money(int Cents)
{
    public bool Equals(Money other) => other != null && other.Cents == Cents; // error CS8872
    public override int GetHashCode() => Cents;
}
class Program { static void Main() { Console.WriteLine(new Money(1)); } }
