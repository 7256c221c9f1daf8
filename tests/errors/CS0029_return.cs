using System;

class Program
{
    static string Name()
    {
        return 42; // error CS0029
    }

    static void Main()
    {
        Console.WriteLine(Name());
    }
}
