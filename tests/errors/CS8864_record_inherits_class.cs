// A record may only inherit from object or another record, not from an ordinary class.
// (Roslyn also reports follow-on errors at the record's name, e.g. CS8867 for the missing
// base copy constructor; the base type sits on its own line so this line has just CS8864.)
using System;

class Animal
{
    public string Sound { get; init; }
}

record Dog(string Name)
    : Animal; // error CS8864

class Program
{
    static void Main()
    {
        Dog d = null;
        Console.WriteLine(d == null);
    }
}
