// `with` needs a record type statically: a record held in an `object` variable is not enough.
using System;
record Point(int X);
class Program
{
    static void Main()
    {
        object o = new Point(1);
        var q = o with { }; // error CS8858
        Console.WriteLine(q);
    }
}
