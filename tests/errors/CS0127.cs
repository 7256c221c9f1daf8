using System;

class Program
{
    static void Log(string s)
    {
        Console.WriteLine(s);
        return 1; // error CS0127
    }

    static void Main()
    {
        Log("x");
    }
}
