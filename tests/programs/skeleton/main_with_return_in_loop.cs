// exit: 7
using System;

class Program
{
    static int FirstDivisor(int n)
    {
        for (int d = 2; d < n; d++)
        {
            if (n % d == 0) return d;
        }
        return n;
    }

    static int Main()
    {
        Console.WriteLine(FirstDivisor(91)); // expect: 7
        Console.WriteLine(FirstDivisor(97)); // expect: 97
        int i = 0;
        while (true)
        {
            i++;
            if (i * i > 40)
            {
                Console.WriteLine("returning " + i); // expect: returning 7
                return i;
            }
        }
    }
}
