// bool values: printing, logical operators, equality, and ToString.
using System;

class Program
{
    static void Main()
    {
        bool t = true;
        bool f = false;
        Console.WriteLine(t); // expect: True
        Console.WriteLine(f); // expect: False
        Console.WriteLine(!t); // expect: False
        Console.WriteLine(t & f); // expect: False
        Console.WriteLine(t | f); // expect: True
        Console.WriteLine(t ^ t); // expect: False
        Console.WriteLine(t == f); // expect: False
        Console.WriteLine(t != f); // expect: True
        Console.WriteLine(t.ToString()); // expect: True
        Console.WriteLine("b=" + f); // expect: b=False
        bool x = 3 > 2 && 2 > 1;
        Console.WriteLine(x); // expect: True
        Console.WriteLine(bool.TrueString + bool.FalseString); // expect: TrueFalse
    }
}
