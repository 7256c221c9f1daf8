// switch on string: exact, case-sensitive matches, null goes to default.
using System;

class Program
{
    static int Code(string s)
    {
        switch (s)
        {
            case "red": return 1;
            case "green": return 2;
            case "blue":
            case "BLUE":
                return 3;
            case "": return 4;
            default: return -1;
        }
    }

    static void Main()
    {
        Console.WriteLine(Code("red")); // expect: 1
        Console.WriteLine(Code("green")); // expect: 2
        Console.WriteLine(Code("blue")); // expect: 3
        Console.WriteLine(Code("BLUE")); // expect: 3
        Console.WriteLine(Code("Blue")); // expect: -1
        Console.WriteLine(Code("")); // expect: 4
        Console.WriteLine(Code(null)); // expect: -1
        string[] words = { "one", "two", "three", "four", "five", "six", "seven" };
        int sum = 0;
        foreach (string w in words)
        {
            switch (w)
            {
                case "one": sum += 1; break;
                case "two": sum += 2; break;
                case "three": sum += 3; break;
                case "four": sum += 4; break;
                case "five": sum += 5; break;
                case "six": sum += 6; break;
                case "seven": sum += 7; break;
            }
        }
        Console.WriteLine(sum); // expect: 28
    }
}
