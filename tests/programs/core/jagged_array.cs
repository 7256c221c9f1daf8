// Jagged arrays int[][]: rows of different lengths, built and walked.
using System;

class Program
{
    static void Main()
    {
        int[][] tri = new int[4][];
        for (int i = 0; i < tri.Length; i++)
        {
            tri[i] = new int[i + 1];
            tri[i][0] = 1;
            tri[i][i] = 1;
            for (int j = 1; j < i; j++) tri[i][j] = tri[i - 1][j - 1] + tri[i - 1][j];
        }
        foreach (int[] row in tri)
        {
            string line = "";
            foreach (int v in row) line += v + " ";
            Console.WriteLine(line.Trim());
        }
        // expect: 1
        // expect: 1 1
        // expect: 1 2 1
        // expect: 1 3 3 1
        int[][] lit = { new int[] { 1, 2, 3 }, new int[] { 4 }, new int[0] };
        Console.WriteLine(lit.Length); // expect: 3
        Console.WriteLine(lit[0].Length + " " + lit[1].Length + " " + lit[2].Length); // expect: 3 1 0
        Console.WriteLine(lit[0][2] * lit[1][0]); // expect: 12
        int[][] empty = new int[2][];
        Console.WriteLine(empty[1] == null); // expect: True
        string[][] words = { new[] { "a", "b" }, new[] { "c" } };
        Console.WriteLine(words[1][0] + words[0][1]); // expect: cb
    }
}
