using System;

class Program
{
    static int counter = 5;
    static long total;
    static bool flag;
    static string name = "start";
    static int untouched;
    static string nothing;

    static void Bump(int by)
    {
        counter += by;
        total = total + counter;
    }

    static int Next() { return counter++; }

    static void Main()
    {
        Console.WriteLine(counter); // expect: 5
        Console.WriteLine(total); // expect: 0
        Console.WriteLine(flag); // expect: False
        Console.WriteLine(name); // expect: start
        Console.WriteLine(untouched); // expect: 0
        // A null string prints as an empty line.
        Console.WriteLine(nothing); // expect:
        Bump(3);
        Bump(2);
        Console.WriteLine(counter); // expect: 10
        Console.WriteLine(total); // expect: 18
        Console.WriteLine(Next()); // expect: 10
        Console.WriteLine(Next()); // expect: 11
        Console.WriteLine(counter); // expect: 12
        flag = !flag;
        name += "ed";
        Console.WriteLine(flag + " " + name); // expect: True started
        counter = 0;
        for (int i = 0; i < 4; i++) counter += i;
        Console.WriteLine(counter); // expect: 6
        Program.counter = 100;
        Console.WriteLine(Program.counter); // expect: 100
    }
}
