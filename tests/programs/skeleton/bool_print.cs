using System;

class Program
{
    static bool IsEven(int n) { return n % 2 == 0; }

    static void Main()
    {
        Console.WriteLine(true); // expect: True
        Console.WriteLine(false); // expect: False
        bool t = true;
        Console.WriteLine(!t); // expect: False
        Console.WriteLine(IsEven(4)); // expect: True
        Console.WriteLine(IsEven(-3)); // expect: False
        Console.WriteLine(1 < 2); // expect: True
        Console.WriteLine(t == false); // expect: False
        Console.WriteLine(t != false); // expect: True
        Console.WriteLine(t ^ true); // expect: False
        Console.Write(true);
        Console.Write(false);
        Console.WriteLine(); // expect: TrueFalse
        bool x = 3 > 2 == true;
        Console.WriteLine(x); // expect: True
    }
}
