// There is no conversion, not even an explicit one, from bool to int.
using System;

class Program
{
    static void Main()
    {
        bool flag = true;
        int n = (int)flag; // error CS0030
        Console.WriteLine(n);
    }
}
