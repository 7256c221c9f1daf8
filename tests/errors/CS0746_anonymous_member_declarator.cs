using System;

class Program
{
    static void Main()
    {
        int n = 3;
        var a = new { n * 2 }; // error CS0746
        Console.WriteLine(a);
    }
}
