using System;

class Program
{
    static int Ackermann(int m, int n)
    {
        if (m == 0) return n + 1;
        if (n == 0) return Ackermann(m - 1, 1);
        return Ackermann(m - 1, Ackermann(m, n - 1));
    }

    static void Main()
    {
        Console.WriteLine(Ackermann(0, 0)); // expect: 1
        Console.WriteLine(Ackermann(1, 2)); // expect: 4
        Console.WriteLine(Ackermann(2, 3)); // expect: 9
        Console.WriteLine(Ackermann(3, 3)); // expect: 61
        Console.WriteLine(Ackermann(3, 5)); // expect: 253
    }
}
