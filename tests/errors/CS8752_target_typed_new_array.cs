// An array type cannot be the target of new(): arrays need a length or an initializer.
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        List<int> list = new();
        int[] numbers = new(); // error CS8752
        Console.WriteLine(list.Count + numbers.Length);
    }
}
