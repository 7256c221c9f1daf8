using System;

class Program
{
    static void Main()
    {
        int i = (int)3000000000.5m; // error CS0031
        Console.WriteLine(i);
    }
}
