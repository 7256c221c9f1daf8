using System;

class Program
{
    static void Main()
    {
        bool flag = DateTimeLike();
        var x = flag ? 1 : "one"; // error CS0173
        int? ok = flag ? 1 : null;
        Console.WriteLine(x + " " + ok);
    }

    static bool DateTimeLike() => true;
}
