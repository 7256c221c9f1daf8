// A `with` expression can only set members the record has.
using System;
record Point(int X, int Y);
class Program
{
    static void Main()
    {
        var p = new Point(1, 2);
        var q = p with { Z = 3 }; // error CS0117
        Console.WriteLine(q);
    }
}
