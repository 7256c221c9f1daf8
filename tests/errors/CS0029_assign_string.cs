// A string value cannot be assigned to an int variable.
using System;

class Program
{
    static void Main()
    {
        string text = "12";
        int n;
        n = text; // error CS0029
        Console.WriteLine(n);
    }
}
