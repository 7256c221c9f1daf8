// goto case and goto default jump between switch sections.
using System;

class Program
{
    static void Run(int n)
    {
        switch (n)
        {
            case 1:
                Console.Write("one ");
                goto case 2;
            case 2:
                Console.Write("two ");
                goto case 3;
            case 3:
                Console.Write("three ");
                break;
            case 10:
                Console.Write("ten ");
                goto default;
            default:
                Console.Write("default ");
                break;
        }
        Console.WriteLine("|");
    }

    static void Main()
    {
        Run(1); // expect: one two three |
        Run(2); // expect: two three |
        Run(3); // expect: three |
        Run(10); // expect: ten default |
        Run(7); // expect: default |
        string s = "b";
        switch (s)
        {
            case "a": Console.WriteLine("A"); break;
            case "b": Console.Write("B "); goto case "a"; // expect: B A
        }
    }
}
