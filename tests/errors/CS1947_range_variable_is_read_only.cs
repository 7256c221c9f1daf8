// Range variable 'n' cannot be assigned to -- it is read only.
// (Roslyn reports CS1947 on the assigned range variable; Mono's mcs wrongly accepts this program.)
using System;
using System.Linq;

class Program
{
    static void Main()
    {
        var numbers = new[] { 1, 2, 3 };
        var reset = from n in numbers select n = 0; // error CS1947
        Console.WriteLine(numbers.Length);
    }
}
