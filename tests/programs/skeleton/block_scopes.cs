using System;

class Program
{
    static void Main()
    {
        // Sibling blocks may declare locals with the same name.
        {
            int x = 1;
            Console.WriteLine(x); // expect: 1
        }
        {
            int x = 2;
            Console.WriteLine(x); // expect: 2
        }
        for (int i = 0; i < 2; i++)
        {
            int t = i * 10;
            Console.WriteLine(t);
        }
        // expect: 0
        // expect: 10
        for (int i = 5; i < 6; i++) Console.WriteLine(i); // expect: 5
        // A local declared in a loop body starts fresh each iteration.
        int total = 0;
        for (int i = 0; i < 3; i++)
        {
            int acc = 0;
            acc += i;
            total += acc;
        }
        Console.WriteLine(total); // expect: 3
        if (total > 0)
        {
            string msg = "positive";
            Console.WriteLine(msg); // expect: positive
        }
        else
        {
            string msg = "not positive";
            Console.WriteLine(msg);
        }
    }
}
