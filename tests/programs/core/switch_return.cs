// switch sections that end in return or throw instead of break.
using System;

class Program
{
    static string DayName(int d)
    {
        switch (d)
        {
            case 0: return "Sunday";
            case 1: return "Monday";
            case 2: return "Tuesday";
            case 6: return "Saturday";
            default: return "day " + d;
        }
    }

    static int Eval(char op, int a, int b)
    {
        switch (op)
        {
            case '+': return a + b;
            case '-': return a - b;
            case '*': return a * b;
            case '/': return a / b;
        }
        return 0;
    }

    static void Main()
    {
        Console.WriteLine(DayName(0)); // expect: Sunday
        Console.WriteLine(DayName(6)); // expect: Saturday
        Console.WriteLine(DayName(4)); // expect: day 4
        Console.WriteLine(Eval('+', 7, 3)); // expect: 10
        Console.WriteLine(Eval('-', 7, 3)); // expect: 4
        Console.WriteLine(Eval('*', 7, 3)); // expect: 21
        Console.WriteLine(Eval('/', 7, 3)); // expect: 2
        Console.WriteLine(Eval('%', 7, 3)); // expect: 0
        for (int i = 0; i < 5; i++)
        {
            switch (i)
            {
                case 1: continue;
                case 3: break;
                default: Console.Write(i); break;
            }
        }
        Console.WriteLine(); // expect: 024
    }
}
