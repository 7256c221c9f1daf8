using System;

class Program
{
    static bool IsEven(int n) { return n == 0 ? true : IsOdd(n - 1); }

    static bool IsOdd(int n) { return n == 0 ? false : IsEven(n - 1); }

    static int Hofstadter(int n) { return n == 0 ? 1 : n - Male(Hofstadter(n - 1)); }

    static int Male(int n) { return n == 0 ? 0 : n - Hofstadter(Male(n - 1)); }

    static void Main()
    {
        Console.WriteLine(IsEven(10)); // expect: True
        Console.WriteLine(IsOdd(7)); // expect: True
        Console.WriteLine(IsEven(1001)); // expect: False
        string fs = "";
        string ms = "";
        for (int i = 0; i < 10; i++)
        {
            fs += Hofstadter(i) + " ";
            ms += Male(i) + " ";
        }
        Console.WriteLine(fs + "|"); // expect: 1 1 2 2 3 3 4 5 5 6 |
        Console.WriteLine(ms + "|"); // expect: 0 0 1 2 2 3 4 4 5 6 |
    }
}
