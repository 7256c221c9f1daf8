// An inventory reorder engine: products classified by switch expressions combining type patterns on a class hierarchy, property patterns with relational and logical sub-patterns, enum constants, when guards that consult a dictionary, and ??= to build per-category reports lazily.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
using System;
using System.Collections.Generic;

enum Category { Food, Tools, Toys }

class Product
{
    public string Sku { get; set; }
    public Category Category { get; set; }
    public int Stock { get; set; }
    public int MinStock { get; set; } = 5;
}
class Perishable : Product { public int DaysLeft { get; set; } }
class Bulk : Product { public int PalletSize { get; set; } }

class Program
{
    static readonly Dictionary<string, int> pendingOrders = new() { ["T-2"] = 10 };

    static string Action(Product p) => p switch
    {
        Perishable { DaysLeft: <= 0 } => "discard",
        Perishable { DaysLeft: 1 or 2, Stock: > 0 } => "discount",
        Perishable { Stock: 0 } => "reorder small",
        Bulk { Stock: < 1 } b => $"reorder pallet of {b.PalletSize}",
        { Stock: var s, MinStock: var min } when s < min && pendingOrders.ContainsKey(p.Sku) => "awaiting delivery",
        { Stock: var s, MinStock: var min } when s < min => $"reorder {min * 2 - s}",
        { Category: Category.Toys, Stock: > 100 } => "clearance",
        { Category: not Category.Food, Stock: >= 50 and <= 100 } => "overstocked",
        _ => "ok",
    };

    static int Priority(string action) => action switch
    {
        "discard" => 0,
        var a when a.StartsWith("reorder") => 1,
        "discount" or "clearance" => 2,
        _ => 3,
    };

    static void Main()
    {
        var products = new List<Product>
        {
            new Perishable { Sku = "F-1", Category = Category.Food, Stock = 4, DaysLeft = 0 },
            new Perishable { Sku = "F-2", Category = Category.Food, Stock = 9, DaysLeft = 2 },
            new Perishable { Sku = "F-3", Category = Category.Food, Stock = 0, DaysLeft = 7 },
            new Perishable { Sku = "F-4", Category = Category.Food, Stock = 60, DaysLeft = 9 },
            new Bulk { Sku = "B-1", Category = Category.Tools, Stock = 0, PalletSize = 40 },
            new Product { Sku = "T-1", Category = Category.Tools, Stock = 2 },
            new Product { Sku = "T-2", Category = Category.Tools, Stock = 1 },
            new Product { Sku = "T-3", Category = Category.Tools, Stock = 75 },
            new Product { Sku = "Y-1", Category = Category.Toys, Stock = 150, MinStock = 10 },
            new Product { Sku = "Y-2", Category = Category.Toys, Stock = 3, MinStock = 2 },
        };
        var reports = new Dictionary<Category, List<string>>();
        int[] byPriority = new int[4];
        foreach (var p in products)
        {
            string action = Action(p);
            byPriority[Priority(action)]++;
            List<string> list = reports.TryGetValue(p.Category, out var existing) ? existing : null;
            list ??= reports[p.Category] = new List<string>();
            list.Add(p.Sku + ":" + action);
        }
        foreach (var cat in new[] { Category.Food, Category.Tools, Category.Toys })
            Console.WriteLine(cat + " -> " + string.Join("; ", reports[cat]));
        Console.WriteLine("priorities " + string.Join(",", byPriority));
    }
}
// expect: Food -> F-1:discard; F-2:discount; F-3:reorder small; F-4:ok
// expect: Tools -> B-1:reorder pallet of 40; T-1:reorder 8; T-2:awaiting delivery; T-3:overstocked
// expect: Toys -> Y-1:clearance; Y-2:ok
// expect: priorities 1,3,2,4
