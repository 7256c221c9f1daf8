// Type inference fails when two arguments suggest unrelated candidates for the same T (int and string).
using System;

class Program
{
    static T Pick<T>(T a, T b) { return a; }

    static void Main()
    {
        Console.WriteLine(Pick(1, "one")); // error CS0411
    }
}
