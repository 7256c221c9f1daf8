// The default literal needs a target type; var gives it none.
using System;

class Program
{
    static void Main()
    {
        int zero = default;
        var nothing = default; // error CS8716
        Console.WriteLine(zero);
    }
}
