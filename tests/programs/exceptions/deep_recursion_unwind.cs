// An exception thrown at the bottom of a 1000-deep recursion is caught at the top; the stack is usable afterwards.
using System;

class Program
{
    static int Descend(int n)
    {
        if (n == 0) throw new InvalidOperationException("bottom reached");
        return Descend(n - 1) + 1;
    }

    static int Sum(int n)
    {
        return n == 0 ? 0 : n + Sum(n - 1);
    }

    static void Main()
    {
        for (int round = 1; round <= 3; round++)
        {
            try
            {
                Descend(1000);
            }
            catch (InvalidOperationException e)
            {
                Console.WriteLine(round + ": " + e.Message);
            }
        }
        // expect: 1: bottom reached
        // expect: 2: bottom reached
        // expect: 3: bottom reached
        Console.WriteLine(Sum(1000)); // expect: 500500
    }
}
