// The class (or struct) constraint must come before any other constraints.
using System;

class Cache<T> where T : IComparable, class // error CS0449
{
    public T Item;
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new Cache<string>().Item == null);
    }
}
