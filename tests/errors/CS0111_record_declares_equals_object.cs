// A record synthesizes Equals(object); declaring it again is a duplicate member.
using System;
record Money(int Cents)
{
    public override bool Equals(object obj) => obj is Money m && m.Cents == Cents; // error CS0111
}
class Program { static void Main() { Console.WriteLine(new Money(1)); } }
