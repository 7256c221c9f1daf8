using System;

class Program
{
    static int Check(int x)
    {
        if (x > 0)
            if (x > 100)
                return 2;
            else // this else binds to the nearest if
                return 1;
        return 0;
    }

    static void Main()
    {
        Console.WriteLine(Check(500)); // expect: 2
        Console.WriteLine(Check(5)); // expect: 1
        Console.WriteLine(Check(-5)); // expect: 0
        int x = 7;
        if (x % 2 == 0) Console.WriteLine("even"); else Console.WriteLine("odd"); // expect: odd
        if (x > 5) { }
        if (false) Console.WriteLine("never");
        if (x == 7)
        {
            x = 8;
        }
        else
        {
            x = 9;
        }
        Console.WriteLine(x); // expect: 8
        bool done = x > 7;
        if (!done) Console.WriteLine("not done");
        else if (x == 8) Console.WriteLine("done at 8"); // expect: done at 8
        else Console.WriteLine("done elsewhere");
    }
}
