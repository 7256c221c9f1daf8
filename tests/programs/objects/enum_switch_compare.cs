// Switch on enums, comparisons (<, ==), and enum arithmetic (e + 1, e - e, ++).
using System;

enum Day { Mon, Tue, Wed, Thu, Fri, Sat, Sun }

class Program
{
    static string Kind(Day d)
    {
        switch (d)
        {
            case Day.Sat:
            case Day.Sun:
                return "weekend";
            case Day.Fri:
                return "almost";
            default:
                return "work";
        }
    }

    static void Main()
    {
        Console.WriteLine(Kind(Day.Sun));         // expect: weekend
        Console.WriteLine(Kind(Day.Fri));         // expect: almost
        Console.WriteLine(Kind(Day.Tue));         // expect: work
        Day d = Day.Mon;
        Console.WriteLine(d + 1);                 // expect: Tue
        Console.WriteLine(Day.Sun - Day.Wed);     // expect: 4
        d++;
        d += 2;
        Console.WriteLine(d);                     // expect: Thu
        Console.WriteLine(d < Day.Fri);           // expect: True
        Console.WriteLine(d >= Day.Sat);          // expect: False
        Console.WriteLine(d == Day.Thu);          // expect: True
        int weekend = 0;
        for (Day x = Day.Mon; x <= Day.Sun; x++)
            if (Kind(x) == "weekend") weekend++;
        Console.WriteLine(weekend);               // expect: 2
    }
}
