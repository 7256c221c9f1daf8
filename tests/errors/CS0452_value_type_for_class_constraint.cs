// A value type (int) used for a type parameter with the class constraint.
using System;

class RefOnly<T> where T : class
{
    public T Item;
}

class Program
{
    static void Main()
    {
        object r = new RefOnly<int>(); // error CS0452
        Console.WriteLine(r);
    }
}
