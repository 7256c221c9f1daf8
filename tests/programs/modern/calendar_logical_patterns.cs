// Calendar validation with logical patterns: and/or/not combinations of relational and constant patterns on ints, not null and not-type tests, or-patterns of enum members, precedence of not over and over or, and is-patterns inside && and ?: conditions.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
using System;

enum Weekday { Mon, Tue, Wed, Thu, Fri, Sat, Sun }

class Program
{
    static bool IsLeap(int y) => y % 400 == 0 || y % 4 == 0 && y % 100 is not 0;

    static int DaysIn(int year, int month) => month switch
    {
        2 => IsLeap(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        >= 1 and <= 12 => 31,
        _ => 0,
    };

    static string Validate(int year, int month, int day)
    {
        if (year is < 1 or > 9999) return "bad year";
        if (month is < 1 or > 13) return "bad month";
        if (month is 13) return "month 13 is not real";
        if (day is <= 0 || day > DaysIn(year, month)) return "bad day";
        return "ok";
    }

    static string Kind(Weekday d) => d switch
    {
        Weekday.Sat or Weekday.Sun => "weekend",
        not Weekday.Fri => "weekday",
        _ => "almost weekend",
    };

    static void Main()
    {
        foreach (int y in new[] { 1900, 2000, 2023, 2024 })
            Console.Write($"{y}:{(IsLeap(y) ? "leap" : "common")}:{DaysIn(y, 2)} ");
        Console.WriteLine("end");
        Console.WriteLine(Validate(2024, 2, 29) + ", " + Validate(2023, 2, 29) + ", " + Validate(0, 1, 1) + ", " + Validate(2020, 13, 1) + ", " + Validate(2020, 14, 1) + ", " + Validate(2020, 4, 31) + ", " + Validate(2020, 12, 31));
        Console.WriteLine(Kind(Weekday.Sun) + " " + Kind(Weekday.Wed) + " " + Kind(Weekday.Fri));

        int x = 7;
        Console.WriteLine(x is > 5 and < 10 or 100);
        Console.WriteLine(x is not 7 or 8);
        Console.WriteLine(x is not > 10 and not < 0);
        int h = 100;
        Console.WriteLine(h is > 5 and < 10 or 100);
        object o = "text";
        Console.WriteLine((o is not null) + " " + (o is not int) + " " + (o is not string and not null));
        object none = null;
        Console.WriteLine((none is not null) + " " + (none is not int) + " " + (none is null or string));
        string label = o is string { Length: > 2 } and not "skip" ? "long text" : "other";
        Console.WriteLine(label);
    }
}
// expect: 1900:common:28 2000:leap:29 2023:common:28 2024:leap:29 end
// expect: ok, bad day, bad year, month 13 is not real, bad month, bad day, ok
// expect: weekend weekday almost weekend
// expect: True
// expect: False
// expect: True
// expect: True
// expect: True True False
// expect: False True True
// expect: long text
