// Rectangular arrays int[,]: initializers, Length, GetLength, Rank, element access.
using System;

class Program
{
    static void Main()
    {
        int[,] m = { { 1, 2, 3 }, { 4, 5, 6 } };
        Console.WriteLine(m.Length); // expect: 6
        Console.WriteLine(m.Rank); // expect: 2
        Console.WriteLine(m.GetLength(0)); // expect: 2
        Console.WriteLine(m.GetLength(1)); // expect: 3
        Console.WriteLine(m[1, 2]); // expect: 6
        m[0, 1] = 20;
        int sum = 0;
        for (int i = 0; i < m.GetLength(0); i++)
            for (int j = 0; j < m.GetLength(1); j++)
                sum += m[i, j];
        Console.WriteLine(sum); // expect: 39
        foreach (int v in m) Console.Write(v + ",");
        Console.WriteLine(); // expect: 1,20,3,4,5,6,
        double[,] grid = new double[3, 4];
        grid[2, 3] = 1.5;
        Console.WriteLine(grid.Length + " " + grid[2, 3] + " " + grid[0, 0]); // expect: 12 1.5 0
        int[,,] cube = new int[2, 3, 4];
        Console.WriteLine(cube.Rank + " " + cube.Length + " " + cube.GetLength(2)); // expect: 3 24 4
        int[] flat = { 1 };
        Console.WriteLine(flat.Rank); // expect: 1
        string[,] names = new string[,] { { "a", "b" }, { "c", "d" } };
        Console.WriteLine(names[1, 0] + names[0, 1]); // expect: cb
        m[1, 1]++;
        m[1, 0] += 10;
        Console.WriteLine(m[1, 1] + " " + m[1, 0]); // expect: 6 14
    }
}
