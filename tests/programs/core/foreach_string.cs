// foreach over a string yields its chars in order.
using System;

class Program
{
    static void Main()
    {
        string word = "hello";
        foreach (char c in word) Console.Write(c + "-");
        Console.WriteLine(); // expect: h-e-l-l-o-
        int count = 0;
        foreach (char c in "banana") if (c == 'a') count++;
        Console.WriteLine(count); // expect: 3
        string reversed = "";
        foreach (char c in "stressed") reversed = c + reversed;
        Console.WriteLine(reversed); // expect: desserts
        int sum = 0;
        foreach (char c in "2024") sum += c - '0';
        Console.WriteLine(sum); // expect: 8
        foreach (char c in "") Console.WriteLine("never");
        foreach (var c in "AZ") Console.WriteLine((int)c);
        // expect: 65
        // expect: 90
    }
}
