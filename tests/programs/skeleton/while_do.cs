using System;

class Program
{
    static void Main()
    {
        int n = 0;
        while (n < 5) n++;
        Console.WriteLine(n); // expect: 5

        // The while body never runs when the condition starts false...
        int w = 0;
        while (w > 0) w--;
        Console.WriteLine(w); // expect: 0

        // ...but a do/while body runs once.
        int d = 0;
        do { d--; } while (d > 0);
        Console.WriteLine(d); // expect: -1

        // Digits of a number, least significant first.
        int num = 90417;
        do
        {
            Console.Write(num % 10);
            num /= 10;
        } while (num != 0);
        Console.WriteLine(); // expect: 71409

        // Zero still has one digit.
        int zero = 0;
        int digits = 0;
        do
        {
            digits++;
            zero /= 10;
        } while (zero != 0);
        Console.WriteLine(digits); // expect: 1

        // Sum of a series with a while (true) and break.
        long sum = 0;
        int k = 1;
        while (true)
        {
            sum += k;
            if (sum > 1000000) break;
            k *= 2;
        }
        Console.WriteLine(k + " " + sum); // expect: 524288 1048575
    }
}
