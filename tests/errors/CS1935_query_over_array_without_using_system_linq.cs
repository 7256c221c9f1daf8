using System;

class Program
{
    static void Main()
    {
        string[] names = { "ann", "bob" };
        var upper = from n in names select n.ToUpper(); // error CS1935
        Console.WriteLine(names.Length);
    }
}
