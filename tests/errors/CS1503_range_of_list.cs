using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var list = new List<int> { 1, 2, 3 };
        Console.WriteLine(list[^1]);
        var part = list[1..]; // error CS1503
        Console.WriteLine(part);
    }
}
