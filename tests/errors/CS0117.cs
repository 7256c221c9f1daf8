using System;

class Program
{
    static void Main()
    {
        Console.Foo(); // error CS0117
    }
}
