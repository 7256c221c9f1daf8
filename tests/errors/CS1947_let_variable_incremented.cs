using System;
using System.Linq;

class Program
{
    static void Main()
    {
        var numbers = new[] { 1, 2, 3 };
        var bumped = from n in numbers
                     let twice = n * 2
                     where twice++ > 2 // error CS1947
                     select twice;
        Console.WriteLine(bumped.Count());
    }
}
