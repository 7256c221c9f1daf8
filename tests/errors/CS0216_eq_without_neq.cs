// Declaring operator == without the matching operator !=.
class Money
{
    public int Cents;
    public static bool operator ==(Money a, Money b) { return a.Cents == b.Cents; } // error CS0216
    public override bool Equals(object o) { return base.Equals(o); }
    public override int GetHashCode() { return Cents; }
}

class Program
{
    static void Main() { System.Console.WriteLine(new Money() == new Money()); }
}
