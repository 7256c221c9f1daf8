using System;

class Program
{
    const decimal Max = 79228162514264337593543950335m;

    static void Main()
    {
        Console.WriteLine(Max * 2); // error CS0463
    }
}
