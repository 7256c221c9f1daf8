// A type parameter passed on to a generic type whose constraint it does not satisfy (no conversion from T to IComparable).
using System;

class Sorted<U> where U : IComparable
{
    public U Top;
}

class Wrapper<T>
{
    Sorted<T> inner; // error CS0314
    public Wrapper() { Console.WriteLine(inner == null); }
}

class Program
{
    static void Main()
    {
        new Wrapper<int>();
    }
}
