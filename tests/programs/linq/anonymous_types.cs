// Anonymous types (§12.8.17.7): named and inferred members (simple names and member accesses), value equality and hash codes, ToString as .NET prints it, the empty type, and anonymous objects as LINQ group keys, projections and dictionary keys.
using System;
using System.Linq;
using System.Collections.Generic;

class Order { public string Customer; public int Amount; public string City; }

class Program
{
    static void Main()
    {
        var a = new { Name = "ann", Count = 2 };
        Console.WriteLine(a);
        Console.WriteLine(a.Name + " " + a.Count);
        var b = new { Name = "ann", Count = 2 };
        Console.WriteLine(a.Equals(b) + " " + (a.GetHashCode() == b.GetHashCode()) + " " + (a == b));
        var empty = new { };
        Console.WriteLine(empty);
        string city = "Oslo";
        var c = new { city, a.Name, Missing = (string)null };
        Console.WriteLine(c);
        var orders = new List<Order> {
            new Order { Customer = "x", Amount = 5, City = "A" },
            new Order { Customer = "y", Amount = 7, City = "B" },
            new Order { Customer = "x", Amount = 3, City = "A" },
        };
        var totals = from o in orders
                     group o by new { o.Customer, o.City } into g
                     select new { g.Key.Customer, g.Key.City, Total = g.Sum(o => o.Amount) };
        foreach (var t in totals) Console.WriteLine(t);
        var projected = orders.Select((o, i) => new { Index = i, o.Amount }).Where(p => p.Amount > 4).ToList();
        Console.WriteLine(string.Join(" ", projected));
        var dict = orders.ToDictionary(o => new { o.Customer, o.Amount }, o => o.City);
        Console.WriteLine(dict[new { Customer = "y", Amount = 7 }]);
    }
}
// expect: { Name = ann, Count = 2 }
// expect: ann 2
// expect: True True False
// expect: { }
// expect: { city = Oslo, Name = ann, Missing =  }
// expect: { Customer = x, City = A, Total = 8 }
// expect: { Customer = y, City = B, Total = 7 }
// expect: { Index = 0, Amount = 5 } { Index = 1, Amount = 7 }
// expect: B
