using System;

class Program
{
    static void Main()
    {
        // A multiplication table row by row.
        for (int i = 1; i <= 4; i++)
        {
            string row = "";
            for (int j = 1; j <= 4; j++)
            {
                row += i * j;
                if (j < 4) row += " ";
            }
            Console.WriteLine(row);
        }
        // expect: 1 2 3 4
        // expect: 2 4 6 8
        // expect: 3 6 9 12
        // expect: 4 8 12 16

        // A triangle of stars.
        for (int i = 1; i <= 3; i++)
        {
            int k = 0;
            while (k < i)
            {
                Console.Write("*");
                k++;
            }
            Console.WriteLine();
        }
        // expect: *
        // expect: **
        // expect: ***

        // Three nested loops: count triples with a + b + c == 10.
        int triples = 0;
        for (int a = 0; a <= 10; a++)
            for (int b = 0; b <= 10; b++)
                for (int c = 0; c <= 10; c++)
                    if (a + b + c == 10) triples++;
        Console.WriteLine(triples); // expect: 66

        // Pythagorean triples with c < 30.
        int found = 0;
        for (int a = 1; a < 30; a++)
            for (int b = a; b < 30; b++)
                for (int c = b; c < 30; c++)
                    if (a * a + b * b == c * c) found++;
        Console.WriteLine(found); // expect: 10
    }
}
