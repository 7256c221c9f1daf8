using System;

class Program
{
    static void Greet(string who)
    {
        Console.WriteLine("hi " + who);
    }

    static void Main()
    {
        Greet("there"); // expect: hi there
        int n = 3;
        if (n > 2)
        {
            Console.WriteLine("leaving early"); // expect: leaving early
            return;
        }
        Console.WriteLine("not reached");
    }
}
