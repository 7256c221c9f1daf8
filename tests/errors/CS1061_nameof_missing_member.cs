// nameof(x.Member) needs the member to exist on x's type.
using System;

class Order
{
    public int Total { get; set; }
}

class Program
{
    static void Main()
    {
        var o = new Order();
        Console.WriteLine(nameof(o.Total));
        Console.WriteLine(nameof(o.Totla)); // error CS1061
    }
}
