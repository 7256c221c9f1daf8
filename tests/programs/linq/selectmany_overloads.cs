// SelectMany in all four overloads: collection selector, with index, with result selector, and index plus result selector, over customers and their orders.
using System;
using System.Collections.Generic;
using System.Linq;

class Customer
{
    public string Name;
    public List<string> Orders;
    public Customer(string name, params string[] orders) { Name = name; Orders = orders.ToList(); }
}

class Program
{
    static void Main()
    {
        var customers = new List<Customer> {
            new Customer("Ann", "book", "pen"),
            new Customer("Bob"),
            new Customer("Cid", "lamp"),
            new Customer("Dee", "mug", "tea", "cup"),
        };

        // 1. Flatten.
        var all = customers.SelectMany(c => c.Orders);
        Console.WriteLine(string.Join(" ", all)); // expect: book pen lamp mug tea cup

        // 2. With the customer's index.
        var tagged = customers.SelectMany((c, i) => c.Orders.Select(o => i + "-" + o));
        Console.WriteLine(string.Join(" ", tagged)); // expect: 0-book 0-pen 2-lamp 3-mug 3-tea 3-cup

        // 3. With a result selector that sees both the customer and the order.
        var pairs = customers.SelectMany(c => c.Orders, (c, o) => c.Name + ":" + o);
        Console.WriteLine(string.Join(" ", pairs)); // expect: Ann:book Ann:pen Cid:lamp Dee:mug Dee:tea Dee:cup

        // 4. Index and result selector: only the first two orders of odd-numbered customers.
        var limited = customers.SelectMany((c, i) => i % 2 == 1 ? c.Orders.Take(2) : c.Orders.Take(0),
                                           (c, o) => o.ToUpper() + "@" + c.Name);
        Console.WriteLine(string.Join(" ", limited)); // expect: MUG@Dee TEA@Dee

        // Counting and grouping after flattening.
        Console.WriteLine(customers.SelectMany(c => c.Orders).Count()); // expect: 6
        var letters = customers.SelectMany(c => c.Orders).SelectMany(o => o).Distinct().OrderBy(ch => ch);
        Console.WriteLine(new string(letters.ToArray())); // expect: abcegklmnoptu

        // Lazy: inner sequences are produced on demand.
        var log = new List<string>();
        var lazy = customers.SelectMany(c => { log.Add(c.Name); return c.Orders; });
        Console.WriteLine(lazy.First()); // expect: book
        Console.WriteLine(string.Join(",", log)); // expect: Ann
        Console.WriteLine(lazy.ElementAt(2)); // expect: lamp
        Console.WriteLine(string.Join(",", log)); // expect: Ann,Ann,Bob,Cid

        // Cartesian product of sizes and colours.
        var sizes = new[] { "S", "M" };
        var colours = new[] { "red", "blue", "green" };
        var skus = sizes.SelectMany(s => colours, (s, c) => s + "/" + c);
        Console.WriteLine(string.Join(" ", skus)); // expect: S/red S/blue S/green M/red M/blue M/green
    }
}
