// An inventory report over product classes: category subtotals with GroupBy/Sum, stock value, the priciest item per category, low-stock warnings, price bands, and a formatted table with F2 prices.
using System;
using System.Collections.Generic;
using System.Linq;

class Product
{
    public string Sku { get; private set; }
    public string Category { get; private set; }
    public double Price { get; private set; }
    public int Stock { get; set; }
    public Product(string sku, string category, double price, int stock) { Sku = sku; Category = category; Price = price; Stock = stock; }
    public double Value { get { return Price * Stock; } }
}

class Program
{
    static void Main()
    {
        var products = new List<Product> {
            new Product("HAM-01", "tools", 12.50, 40), new Product("SAW-02", "tools", 24.00, 3),
            new Product("NAI-10", "fasteners", 0.05, 5000), new Product("SCR-11", "fasteners", 0.09, 2500),
            new Product("GLU-20", "adhesives", 4.25, 0), new Product("DRL-03", "tools", 89.99, 7),
            new Product("TAP-21", "adhesives", 2.75, 60),
        };

        Console.WriteLine("total value " + products.Sum(p => p.Value).ToString("F2")); // expect: total value 1841.93

        var byCategory = products.GroupBy(p => p.Category).OrderBy(g => g.Key);
        foreach (var g in byCategory)
        {
            var priciest = g.OrderByDescending(p => p.Price).First();
            Console.WriteLine(g.Key.PadRight(10) + g.Count() + " items, value " + g.Sum(p => p.Value).ToString("F2") + ", priciest " + priciest.Sku);
        }
        // expect: adhesives 2 items, value 165.00, priciest GLU-20
        // expect: fasteners 2 items, value 475.00, priciest SCR-11
        // expect: tools     3 items, value 1201.93, priciest DRL-03

        var low = products.Where(p => p.Stock < 10).OrderBy(p => p.Stock).Select(p => p.Sku + "(" + p.Stock + ")");
        Console.WriteLine("low stock: " + string.Join(" ", low)); // expect: low stock: GLU-20(0) SAW-02(3) DRL-03(7)

        Func<Product, string> band = p => p.Price < 1 ? "cheap" : p.Price < 20 ? "mid" : "premium";
        var bands = products.GroupBy(band).Select(g => g.Key + "=" + string.Join("/", g.Select(p => p.Sku.Substring(0, 3))));
        Console.WriteLine(string.Join("; ", bands)); // expect: mid=HAM/GLU/TAP; premium=SAW/DRL; cheap=NAI/SCR

        // Restock: bring every low item up to 10, then re-run the same deferred query.
        foreach (var p in products.Where(p => p.Stock < 10).ToList()) p.Stock = 10;
        Console.WriteLine("low stock: " + string.Join(" ", low).Length); // expect: low stock: 0
        Console.WriteLine("total value " + products.Sum(p => p.Value).ToString("F2")); // expect: total value 2322.40

        // Table: top three by value.
        Console.WriteLine("SKU     PRICE   STOCK"); // expect: SKU     PRICE   STOCK
        foreach (var p in products.OrderByDescending(p => p.Value).Take(3))
            Console.WriteLine(p.Sku + "  " + p.Price.ToString("F2").PadLeft(6) + "  " + p.Stock.ToString().PadLeft(6));
        // expect: DRL-03   89.99      10
        // expect: HAM-01   12.50      40
        // expect: NAI-10    0.05    5000

        // Average price per category as a dictionary.
        var avg = products.GroupBy(p => p.Category).ToDictionary(g => g.Key, g => g.Average(p => p.Price));
        Console.WriteLine(string.Join(" ", avg.Select(kv => kv.Key + ":" + kv.Value.ToString("F2")))); // expect: tools:42.16 fasteners:0.07 adhesives:3.50
        Console.WriteLine(avg.OrderBy(kv => kv.Value).First().Key); // expect: fasteners
    }
}
