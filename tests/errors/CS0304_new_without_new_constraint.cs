// new T() requires the new() constraint on T.
using System;

class Program
{
    static T Make<T>()
    {
        return new T(); // error CS0304
    }

    static void Main()
    {
        Console.WriteLine(Make<int>());
    }
}
