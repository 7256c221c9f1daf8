// A generic class with one type parameter used with two type arguments.
using System;

class Box<T>
{
    public T Value;
}

class Program
{
    static void Main()
    {
        Console.WriteLine(typeof(Box<int, string>)); // error CS0305
    }
}
