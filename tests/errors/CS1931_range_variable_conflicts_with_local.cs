// The range variable 'item' conflicts with a previous declaration of 'item': a local of the same name is in an enclosing scope.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var items = new List<string> { "pen", "ink" };
        string item = "paper";
        var upper = from item in items select item.ToUpper(); // error CS1931
        Console.WriteLine(item);
    }
}
