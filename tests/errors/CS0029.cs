using System;

class Program
{
    static void Main()
    {
        int x = "s"; // error CS0029
        Console.WriteLine(x);
    }
}
