// A switch expression assigned to var needs a best common type of its arms; int and string have none.
using System;

class Program
{
    static void Main()
    {
        int code = 2;
        var ok = code switch { 1 => "one", _ => "many" };
        var mixed = code switch { 1 => 1, _ => "many" }; // error CS8506
        Console.WriteLine(ok);
    }
}
