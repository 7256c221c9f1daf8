// Could not find an implementation of the query pattern for source type 'int'. 'Select' not found. (Roslyn reports it on the from clause's source expression.)
using System;
using System.Linq;

class Program
{
    static void Main()
    {
        int count = 5;
        var doubled = from n in count select n * 2; // error CS1936
        Console.WriteLine("unreachable");
    }
}
