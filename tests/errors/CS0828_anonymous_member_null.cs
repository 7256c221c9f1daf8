using System;

class Program
{
    static void Main()
    {
        var a = new { Name = "x", Note = null }; // error CS0828
        Console.WriteLine(a);
    }
}
