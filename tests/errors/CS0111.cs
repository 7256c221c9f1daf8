using System;

class Program
{
    static int F(int a) { return a; }
    static int F(int b) { return b + 1; } // error CS0111

    static void Main()
    {
        // No call to F: Roslyn would add CS0121 (ambiguous call) for it.
        Console.WriteLine(1);
    }
}
