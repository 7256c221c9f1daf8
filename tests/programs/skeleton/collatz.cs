using System;

class Program
{
    static int Steps(long n)
    {
        int steps = 0;
        while (n != 1)
        {
            if (n % 2 == 0) n /= 2;
            else n = 3 * n + 1;
            steps++;
        }
        return steps;
    }

    static void Main()
    {
        Console.WriteLine(Steps(1)); // expect: 0
        Console.WriteLine(Steps(6)); // expect: 8
        Console.WriteLine(Steps(27)); // expect: 111

        // The start below 100000 with the longest chain (Steps takes a long, so 3n + 1 cannot overflow).
        int best = 0;
        int bestSteps = 0;
        for (int i = 1; i < 100000; i++)
        {
            int s = Steps(i);
            if (s > bestSteps)
            {
                bestSteps = s;
                best = i;
            }
        }
        Console.WriteLine(best + " " + bestSteps); // expect: 77031 350
    }
}
