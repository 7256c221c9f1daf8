using System;

class Program
{
    static void Main()
    {
        long someLong = 5;
        int i = someLong; // error CS0266
        Console.WriteLine(i);
    }
}
