using System;

class Program
{
    static void Main()
    {
        int sum = 0;
        for (int i = 1; i <= 100; i++) sum += i;
        Console.WriteLine(sum); // expect: 5050

        // Counting down, with a step of 3.
        for (int i = 10; i > 0; i -= 3) Console.Write(i + ",");
        Console.WriteLine("end"); // expect: 10,7,4,1,end

        // A loop whose body never runs.
        int runs = 0;
        for (int i = 5; i < 5; i++) runs++;
        Console.WriteLine(runs); // expect: 0

        // Empty initializer and iterator; the condition alone drives it.
        int j = 0;
        for (; j < 7;) j += 2;
        Console.WriteLine(j); // expect: 8

        // No condition at all: left with break.
        int k = 0;
        for (;;)
        {
            k++;
            if (k * k > 50) break;
        }
        Console.WriteLine(k); // expect: 8

        // Two loops in one method may reuse the name i.
        long product = 1;
        for (int i = 1; i <= 15; i++) product *= i;
        Console.WriteLine(product); // expect: 1307674368000
    }
}
