// An array creation that ends in its initializer can be indexed, called
// and member-accessed directly; one without an initializer cannot (there
// `new int[3][1]` is a jagged array type).
using System;

class Program
{
    static void Main()
    {
        int i = 1;
        Console.WriteLine(new[] { 1, 2 }[i]);
        Console.WriteLine(new int[] { 4, 5 }[i]);
        Console.WriteLine(new int[2] { 6, 7 }[0]);
        Console.WriteLine(new string[] { "x", "y", "z" }[2].Length);
        Console.WriteLine(new[] { "p", "q" }.Length);
        Console.WriteLine(new int[,] { { 1, 2 }, { 3, 4 } }[1, 0]);
        int[][] jagged = new int[3][];
        Console.WriteLine(jagged.Length);
        Console.WriteLine(new[] { new[] { 8, 9 } }[0][1]);
    }
}

// expect: 2
// expect: 5
// expect: 6
// expect: 1
// expect: 2
// expect: 3
// expect: 3
// expect: 9
