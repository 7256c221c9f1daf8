// Query expressions with join … into (GroupJoin): per-customer order counts and totals including customers with none, left outer joins via `from x in group.DefaultIfEmpty()`, and a grouped join followed by orderby and where on the group.
using System;
using System.Collections.Generic;
using System.Linq;

class Customer { public int Id; public string Name; public Customer(int id, string name) { Id = id; Name = name; } }
class Order { public int CustomerId; public string Item; public int Amount; public Order(int c, string item, int amount) { CustomerId = c; Item = item; Amount = amount; } }

class Program
{
    static void Main()
    {
        var customers = new[] { new Customer(1, "Iris"), new Customer(2, "Jon"), new Customer(3, "Kim"), new Customer(4, "Lou") };
        var orders = new List<Order> {
            new Order(1, "kettle", 30), new Order(3, "toaster", 45), new Order(1, "mugs", 12),
            new Order(3, "bread", 4), new Order(1, "tea", 8), new Order(5, "lost", 99),
        };

        var summary = from c in customers
                      join o in orders on c.Id equals o.CustomerId into mine
                      select c.Name + ": " + mine.Count() + " orders, " + mine.Sum(o => o.Amount);
        foreach (var s in summary) Console.WriteLine(s);
        // expect: Iris: 3 orders, 50
        // expect: Jon: 0 orders, 0
        // expect: Kim: 2 orders, 49
        // expect: Lou: 0 orders, 0

        var leftOuter = from c in customers
                        join o in orders on c.Id equals o.CustomerId into mine
                        from o in mine.DefaultIfEmpty()
                        select c.Name + "-" + (o == null ? "none" : o.Item);
        Console.WriteLine(string.Join(" ", leftOuter)); // expect: Iris-kettle Iris-mugs Iris-tea Jon-none Kim-toaster Kim-bread Lou-none

        // Group join, then filter and sort by the group.
        var busiest = from c in customers
                      join o in orders on c.Id equals o.CustomerId into mine
                      where mine.Any()
                      orderby mine.Max(o => o.Amount) descending
                      select c.Name + " max " + mine.Max(o => o.Amount);
        Console.WriteLine(string.Join(", ", busiest)); // expect: Kim max 45, Iris max 30

        // Left outer join with a default object instead of null.
        var placeholder = new Order(0, "(nothing)", 0);
        var withDefault = from c in customers
                          join o in orders on c.Id equals o.CustomerId into mine
                          from o in mine.DefaultIfEmpty(placeholder)
                          where o.Amount < 20
                          select c.Name + ":" + o.Item;
        Console.WriteLine(string.Join(" ", withDefault)); // expect: Iris:mugs Iris:tea Jon:(nothing) Kim:bread Lou:(nothing)

        // The group's items, sorted inside the select.
        var receipts = from c in customers
                       join o in orders on c.Id equals o.CustomerId into mine
                       let items = from o in mine orderby o.Item select o.Item
                       select c.Name + "[" + string.Join(",", items) + "]";
        Console.WriteLine(string.Join(" ", receipts)); // expect: Iris[kettle,mugs,tea] Jon[] Kim[bread,toaster] Lou[]

        // Orders whose customer is unknown: group join in the other direction.
        var orphans = from o in orders
                      join c in customers on o.CustomerId equals c.Id into owner
                      where !owner.Any()
                      select o.Item;
        Console.WriteLine(string.Join(",", orphans)); // expect: lost

        // Group join is deferred too: a new order is seen on the next run.
        orders.Add(new Order(2, "jam", 6));
        Console.WriteLine(summary.ElementAt(1)); // expect: Jon: 1 orders, 6
    }
}
