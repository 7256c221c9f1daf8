using System;

class Program
{
    static void Main()
    {
        Range r = "a".."b"; // error CS0029
        Console.WriteLine(r);
    }
}
