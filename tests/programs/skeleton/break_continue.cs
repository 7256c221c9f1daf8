using System;

class Program
{
    static void Main()
    {
        // continue skips the multiples of 3, break stops at the first value over 20.
        int i = 0;
        int sum = 0;
        while (true)
        {
            i++;
            if (i % 3 == 0) continue;
            if (i > 20) break;
            sum += i;
        }
        Console.WriteLine(sum); // expect: 147
        Console.WriteLine(i); // expect: 22

        // continue in a for loop still runs the iterator.
        int count = 0;
        for (int n = 0; n < 10; n++)
        {
            if (n % 2 == 1) continue;
            count++;
        }
        Console.WriteLine(count); // expect: 5

        // break leaves only the innermost loop.
        int pairs = 0;
        for (int a = 0; a < 5; a++)
        {
            for (int b = 0; b < 5; b++)
            {
                if (b > a) break;
                pairs++;
            }
        }
        Console.WriteLine(pairs); // expect: 15

        // continue in do/while jumps to the condition.
        int d = 0;
        int odd = 0;
        do
        {
            d++;
            if (d % 2 == 0) continue;
            odd += d;
        } while (d < 9);
        Console.WriteLine(odd); // expect: 25
    }
}
