// A handler in a middle frame catches and returns normally; frames above it continue as if nothing happened.
using System;

class Program
{
    static int Level3(int x)
    {
        if (x < 0) throw new ArgumentOutOfRangeException("x");
        return x * 2;
    }

    static int Level2(int x)
    {
        try
        {
            return Level3(x);
        }
        catch (ArgumentOutOfRangeException)
        {
            Console.WriteLine("level2 handled");
            return -1;
        }
    }

    static int Level1(int x)
    {
        int r = Level2(x);
        Console.WriteLine("level1 got " + r);
        return r;
    }

    static void Main()
    {
        Level1(4);
        Level1(-4);
        // expect: level1 got 8
        // expect: level2 handled
        // expect: level1 got -1
    }
}
