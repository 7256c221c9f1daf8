// 'IEnumerable<int>' does not contain a definition for 'Shuffle' and no accessible extension method 'Shuffle' accepting a first argument of type 'IEnumerable<int>' could be found: System.Linq has no such operator.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var deck = Enumerable.Range(1, 52);
        var shuffled = deck.Where(c => c % 2 == 0).Shuffle(); // error CS1061
        Console.WriteLine(deck.Count());
    }
}
