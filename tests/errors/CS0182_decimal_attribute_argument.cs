using System;

class PriceAttribute : Attribute
{
    public PriceAttribute(object value) { }
}

[Price(1.5m)] // error CS0182
class Program
{
    static void Main()
    {
        Console.WriteLine("never");
    }
}
