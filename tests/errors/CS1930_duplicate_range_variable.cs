// The range variable 'x' has already been declared: a second from clause reuses the name of the first.
using System;
using System.Linq;

class Program
{
    static void Main()
    {
        var rows = new[] { 1, 2 };
        var cols = new[] { 3, 4 };
        var cells = from x in rows
                    from x in cols // error CS1930
                    select x;
        Console.WriteLine(rows.Length + cols.Length);
    }
}
