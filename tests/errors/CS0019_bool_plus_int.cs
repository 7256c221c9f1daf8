// Operator '+' cannot be applied to operands of type 'bool' and 'int'.
using System;

class Program
{
    static void Main()
    {
        bool flag = true;
        int n = flag + 1; // error CS0019
        Console.WriteLine(n);
    }
}
