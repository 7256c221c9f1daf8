// A query body must end with a select clause or a group clause.
using System;
using System.Linq;

class Program
{
    static void Main()
    {
        var words = new[] { "alpha", "beta" };
        var longWords = from w in words where w.Length > 4; // error CS0742
        Console.WriteLine(words.Length);
    }
}
