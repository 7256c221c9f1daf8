// A switch on a nullable value (C# spec §13.8.3): the cases match the
// value; null goes to `case null`, else to `default`, else past the
// switch; `goto case null` jumps to the null section.
using System;

enum Day { Mon, Tue, Wed }

class Program
{
    static string Name(int? x)
    {
        switch (x)
        {
            case 1: return "one";
            case null: return "null";
            case 2:
            case 3: return "two or three";
            default: return "other";
        }
    }

    static string Weekday(Day? d)
    {
        switch (d)
        {
            case Day.Mon: return "mon";
            default: return "default";
        }
    }

    static string Letter(char? c)
    {
        string r = "none";
        switch (c)
        {
            case 'a': r = "a"; break;
        }
        return r;
    }

    static string Retry(long? n)
    {
        switch (n)
        {
            case 0: goto case null;
            case null: return "nothing";
            default: return n.ToString();
        }
    }

    static void Main()
    {
        Console.WriteLine(Name(1) + " " + Name(null) + " " + Name(3) + " " + Name(9));
        Console.WriteLine(Weekday(Day.Mon) + " " + Weekday(null) + " " + Weekday(Day.Wed));
        Console.WriteLine(Letter('a') + " " + Letter(null) + " " + Letter('b'));
        Console.WriteLine(Retry(0) + " " + Retry(null) + " " + Retry(7));
    }
}
// expect: one null two or three other
// expect: mon default default
// expect: a none none
// expect: nothing nothing 7
