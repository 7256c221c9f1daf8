// Library and lookup gaps found by Rosetta-style programs: enumerating a multidimensional
// array through IEnumerable (row-major), Enumerable.Sum and Average over decimals (and
// nullable decimals), Enum.TryParse, and an extension method found when the only instance
// method of that name is inaccessible (§12.5 leaves inaccessible members out of lookup).
using System;
using System.Collections;
using System.Linq;

enum Color { Red, Green, Blue }

class Box
{
    private void Show(int x) { }
    public int Size = 3;
}

static class BoxExtensions
{
    public static string Show(this Box b) { return "extension " + b.Size; }
}

class Program
{
    static void Main()
    {
        var grid = new bool[2, 3];
        grid[1, 2] = true;
        grid[0, 1] = true;
        Console.WriteLine(grid.Cast<bool>().Count(b => b));
        var numbers = new int[2, 2] { { 1, 2 }, { 3, 4 } };
        foreach (object o in (IEnumerable)numbers) Console.Write(o + " ");
        Console.WriteLine();
        Console.WriteLine(string.Join(",", numbers.Cast<int>().Select(n => n * 10)));

        var prices = new[] { 1.5m, 2.5m, 3.25m };
        Console.WriteLine(prices.Sum() + " " + prices.Average() + " " + prices.Sum(x => x * 2) + " " + prices.Average(x => x / 4));
        var maybe = new decimal?[] { 1.1m, null, 2.2m };
        Console.WriteLine(maybe.Sum() + " " + maybe.Average() + " " + (new decimal?[] { null }).Average().HasValue);
        try { new decimal[0].Average(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }

        Color c;
        Console.WriteLine(Enum.TryParse("Green", out c) + " " + c);
        Console.WriteLine(Enum.TryParse("blue", true, out c) + " " + c);
        Console.WriteLine(Enum.TryParse("Purple", out c) + " " + c);
        Console.WriteLine(Enum.TryParse("2", out c) + " " + c);
        Console.WriteLine(Enum.TryParse(null, out c) + " " + c);

        Console.WriteLine(new Box().Show());
    }
}
// expect: 2
// expect: 1 2 3 4 
// expect: 10,20,30,40
// expect: 7.25 2.4166666666666666666666666667 14.50 0.6041666666666666666666666667
// expect: 3.3 1.65 False
// expect: Sequence contains no elements
// expect: True Green
// expect: True Blue
// expect: False Red
// expect: True Blue
// expect: False Red
// expect: extension 3
