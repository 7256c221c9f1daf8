using System;

class Program
{
    static void Main()
    {
        Range r = 1.."end"; // error CS0029
        Console.WriteLine(r);
    }
}
