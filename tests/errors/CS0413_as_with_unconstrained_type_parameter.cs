// The as operator needs a reference type or nullable type; an unconstrained T is neither.
using System;

class Program
{
    static T Convert<T>(object o)
    {
        return o as T; // error CS0413
    }

    static void Main()
    {
        Console.WriteLine(Convert<string>("x"));
    }
}
