// Unary '-' cannot be applied to an operand of type 'bool'.
using System;

class Program
{
    static void Main()
    {
        bool flag = true;
        Console.WriteLine(-flag); // error CS0023
    }
}
