// A `with` expression cannot set a get-only property.
using System;
record Order(int Id)
{
    public int Total { get; }
}
class Program
{
    static void Main()
    {
        var o = new Order(1);
        var p = o with { Total = 5 }; // error CS0200
        Console.WriteLine(p);
    }
}
