using System;

class Program
{
    static void Main()
    {
        int zero = 0;
        bool same = zero == default;
        int x = default + 1; // error CS8310
        Console.WriteLine(same + " " + x);
    }
}
