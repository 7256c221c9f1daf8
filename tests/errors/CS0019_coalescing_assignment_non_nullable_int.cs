// ??= needs a left side that can be null: a plain int never is.
using System;

class Program
{
    static void Main()
    {
        int? maybe = null;
        maybe ??= 3;
        int count = 0;
        count ??= 5; // error CS0019
        Console.WriteLine(maybe + count);
    }
}
