// goto with labels: backward loops, forward jumps out of nested loops.
using System;

class Program
{
    static void Main()
    {
        int i = 0;
    top:
        Console.Write(i);
        i++;
        if (i < 5) goto top;
        Console.WriteLine(); // expect: 01234
        for (int a = 0; a < 10; a++)
        {
            for (int b = 0; b < 10; b++)
            {
                if (a * b == 12)
                {
                    Console.WriteLine(a + "*" + b); // expect: 2*6
                    goto done;
                }
            }
        }
        Console.WriteLine("not reached");
    done:
        Console.WriteLine("done"); // expect: done
        int n = 3;
        goto check;
    body:
        Console.WriteLine("n=" + n);
        n--;
    check:
        if (n > 0) goto body;
        // expect: n=3
        // expect: n=2
        // expect: n=1
        Console.WriteLine("end"); // expect: end
    }
}
