// A positional record's properties are init-only: they cannot be assigned after construction.
using System;
record Person(string Name, int Age);
class Program
{
    static void Main()
    {
        var p = new Person("Ann", 30);
        p.Age = 31; // error CS8852
        Console.WriteLine(p);
    }
}
