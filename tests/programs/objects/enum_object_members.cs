// Enums as objects: boxing, Equals, GetType().Name, Enum.IsDefined, Enum.Parse and CompareTo.
using System;

enum Suit { Clubs, Diamonds, Hearts, Spades }

class Program
{
    static void Main()
    {
        object o = Suit.Hearts;
        Console.WriteLine(o);                              // expect: Hearts
        Console.WriteLine(o.GetType().Name);               // expect: Suit
        Console.WriteLine(o.Equals(Suit.Hearts));          // expect: True
        Console.WriteLine(o.Equals(2));                    // expect: False
        Console.WriteLine((Suit)o == Suit.Hearts);         // expect: True
        Console.WriteLine(Enum.IsDefined(typeof(Suit), 3)); // expect: True
        Console.WriteLine(Enum.IsDefined(typeof(Suit), 9)); // expect: False
        Suit s = (Suit)Enum.Parse(typeof(Suit), "Diamonds");
        Console.WriteLine((int)s);                         // expect: 1
        Console.WriteLine(Suit.Clubs.CompareTo(Suit.Spades) < 0); // expect: True
        Console.WriteLine(o is Enum);                      // expect: True
    }
}
