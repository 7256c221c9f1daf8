// new() targeting a type parameter needs the new() constraint, as new T() does.
using System;

class Program
{
    static T Create<T>() where T : new() => new();

    static T Fresh<T>()
    {
        T value = new(); // error CS0304
        return value;
    }

    static void Main()
    {
        Console.WriteLine(Create<int>() + Fresh<int>());
    }
}
