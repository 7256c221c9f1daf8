// The new() constraint must be the last constraint in its where clause.
using System;

class Factory<T> where T : new(), IComparable // error CS0401
{
    public T Make() { return new T(); }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new Factory<int>().Make());
    }
}
