// switch on int: case/default, several labels per section, default in the middle.
using System;

class Program
{
    static string Describe(int n)
    {
        string r;
        switch (n)
        {
            case 0:
                r = "zero";
                break;
            case 1:
            case 2:
            case 3:
                r = "small";
                break;
            default:
                r = "other";
                break;
            case -1:
                r = "minus one";
                break;
        }
        return r;
    }

    static void Main()
    {
        for (int i = -2; i <= 4; i++) Console.WriteLine(i + " " + Describe(i));
        // expect: -2 other
        // expect: -1 minus one
        // expect: 0 zero
        // expect: 1 small
        // expect: 2 small
        // expect: 3 small
        // expect: 4 other
        int x = 100;
        switch (x)
        {
            case 100:
                Console.WriteLine("hundred"); // expect: hundred
                break;
        }
        switch (x) { case 5: Console.WriteLine("five"); break; }
        Console.WriteLine(Describe(int.MaxValue)); // expect: other
        Console.WriteLine(Describe(1000000)); // expect: other
    }
}
