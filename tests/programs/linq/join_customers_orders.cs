// Join (method syntax) of customers and orders on an id: inner-join semantics (unmatched on either side dropped), outer order preserved, duplicate keys producing every pair, then grouped totals.
using System;
using System.Collections.Generic;
using System.Linq;

class Customer
{
    public int Id;
    public string Name;
    public string City;
    public Customer(int id, string name, string city) { Id = id; Name = name; City = city; }
}

class Order
{
    public int CustomerId;
    public string Product;
    public int Total;
    public Order(int customerId, string product, int total) { CustomerId = customerId; Product = product; Total = total; }
}

class Program
{
    static void Main()
    {
        var customers = new List<Customer> {
            new Customer(1, "Ada", "Oslo"), new Customer(2, "Bea", "Rome"),
            new Customer(3, "Cal", "Oslo"), new Customer(4, "Dan", "Lima"),
        };
        var orders = new List<Order> {
            new Order(3, "desk", 250), new Order(1, "lamp", 40), new Order(3, "chair", 90),
            new Order(9, "ghost", 1), new Order(1, "rug", 120), new Order(2, "vase", 35),
        };

        var lines = customers.Join(orders, c => c.Id, o => o.CustomerId, (c, o) => c.Name + " bought " + o.Product);
        foreach (var l in lines) Console.WriteLine(l);
        // expect: Ada bought lamp
        // expect: Ada bought rug
        // expect: Bea bought vase
        // expect: Cal bought desk
        // expect: Cal bought chair

        // Joining the other way round keeps the orders' order.
        var byOrder = orders.Join(customers, o => o.CustomerId, c => c.Id, (o, c) => o.Product + "->" + c.City);
        Console.WriteLine(string.Join(" ", byOrder)); // expect: desk->Oslo lamp->Oslo chair->Oslo rug->Oslo vase->Rome

        // Join on a string key, then total per city.
        var cityTotals = orders
            .Join(customers, o => o.CustomerId, c => c.Id, (o, c) => new KeyValuePair<string, int>(c.City, o.Total))
            .GroupBy(kv => kv.Key, kv => kv.Value)
            .OrderByDescending(g => g.Sum())
            .Select(g => g.Key + "=" + g.Sum());
        Console.WriteLine(string.Join(" ", cityTotals)); // expect: Oslo=500 Rome=35

        // Customers with no orders do not appear; Dan is missing.
        var buyers = customers.Join(orders, c => c.Id, o => o.CustomerId, (c, o) => c.Name).Distinct();
        Console.WriteLine(string.Join(",", buyers)); // expect: Ada,Bea,Cal

        // Self-join on city: pairs of different customers living in the same place.
        var neighbours = customers.Join(customers, a => a.City, b => b.City, (a, b) => a.Id < b.Id ? a.Name + "&" + b.Name : null)
                                  .Where(s => s != null);
        Console.WriteLine(string.Join(" ", neighbours)); // expect: Ada&Cal

        // Join with a key comparer.
        var codes = new[] { "OSLO", "lima" };
        var matched = codes.Join(customers, k => k, c => c.City, (k, c) => k + ":" + c.Name, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(" ", matched)); // expect: OSLO:Ada OSLO:Cal lima:Dan
    }
}
