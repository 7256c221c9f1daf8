using System;

class Program
{
    static int Seven() { return 7; }

    static void Main()
    {
        int n = Seven; // error CS0428
        Console.WriteLine(n);
    }
}
