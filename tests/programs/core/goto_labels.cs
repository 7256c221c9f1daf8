// goto and labels, forward and backward.
using System;

class Program
{
    static void Main()
    {
        int i = 0;
    again:
        i++;
        if (i < 5) goto again;
        Console.WriteLine(i);           // expect: 5
        for (int x = 0; x < 10; x++)
        {
            for (int y = 0; y < 10; y++)
            {
                if (x * y == 42) { Console.WriteLine(x + "*" + y); goto done; } // expect: 6*7
            }
        }
    done:
        Console.WriteLine("done");      // expect: done
    }
}
