// switch on integers (dense: a jump table; sparse: comparisons), chars
// and strings, with multiple labels, default, goto case and goto default.
using System;

class Program
{
    static string Day(int d)
    {
        switch (d)
        {
            case 1: return "Mon";
            case 2: return "Tue";
            case 3: return "Wed";
            case 4: return "Thu";
            case 5: return "Fri";
            case 6:
            case 7:
                return "Weekend";
            default:
                return "?";
        }
    }

    static int Sparse(long v)
    {
        switch (v)
        {
            case -1000: return 1;
            case 5000000000: return 2;
            case 77: return 3;
        }
        return 0;
    }

    static string Kind(char c)
    {
        string result;
        switch (c)
        {
            case 'a': case 'e': case 'i': case 'o': case 'u':
                result = "vowel";
                break;
            case ' ':
                result = "space";
                break;
            default:
                result = "other";
                break;
        }
        return result;
    }

    static int Command(string s)
    {
        switch (s)
        {
            case "start": return 1;
            case "stop": return 2;
            case null: return -1;
            default: return 0;
        }
    }

    static void Main()
    {
        for (int d = 0; d <= 8; d++) Console.Write(Day(d) + " ");
        Console.WriteLine();            // expect: ? Mon Tue Wed Thu Fri Weekend Weekend ? 
        Console.WriteLine(Sparse(-1000) + Sparse(5000000000) * 10 + Sparse(77) * 100 + Sparse(4) * 1000); // expect: 321
        Console.WriteLine(Kind('e') + Kind(' ') + Kind('z')); // expect: vowelspaceother
        Console.WriteLine(Command("st" + "op"));  // expect: 2
        Console.WriteLine(Command(null));         // expect: -1
        Console.WriteLine(Command("go"));         // expect: 0

        int total = 0;
        for (int i = 0; i < 4; i++)
        {
            switch (i)
            {
                case 0:
                    total += 1;
                    goto case 2;
                case 1:
                    total += 10;
                    goto default;
                case 2:
                    total += 100;
                    break;
                default:
                    total += 1000;
                    break;
            }
        }
        Console.WriteLine(total);       // expect: 2211
        string a = "abc", b = "ab";
        b += "c";
        Console.WriteLine(a == b);      // expect: True
        Console.WriteLine(a != b);      // expect: False
        Console.WriteLine((object)a == (object)b); // expect: False
    }
}
