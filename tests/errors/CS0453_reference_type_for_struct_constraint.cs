// A reference type (string) passed as the type argument of a method with the struct constraint.
using System;

class Program
{
    static T Zero<T>() where T : struct { return default(T); }

    static void Main()
    {
        string s = Zero<string>(); // error CS0453
        Console.WriteLine(s);
    }
}
