using System;

class Program
{
    static void Main()
    {
        string s = "a";
        Console.WriteLine(s - 1); // error CS0019
    }
}
