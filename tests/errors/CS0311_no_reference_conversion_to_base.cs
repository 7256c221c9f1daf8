// A type argument that does not derive from the constraint's base class (string for T : Animal).
using System;

class Animal { }

class Pen<T> where T : Animal
{
    public T Resident;
}

class Program
{
    static void Main()
    {
        Pen<string> p = null; // error CS0311
        Console.WriteLine(p == null);
    }
}
