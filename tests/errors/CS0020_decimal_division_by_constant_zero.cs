using System;

class Program
{
    const decimal Zero = 0m;

    static void Main()
    {
        Console.WriteLine(1.5m / Zero); // error CS0020
    }
}
