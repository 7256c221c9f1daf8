// A switch expression with a long arm has type long, which does not convert implicitly to int.
using System;

class Program
{
    static void Main()
    {
        bool big = true;
        long wide = big switch { true => 1L, false => 2 };
        int narrow = big switch { true => 1L, false => 2 }; // error CS0266
        Console.WriteLine(wide + narrow);
    }
}
