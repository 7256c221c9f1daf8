// char classification and case mapping: IsDigit IsLetter IsWhiteSpace IsUpper IsLower IsLetterOrDigit ToUpper ToLower.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(char.IsDigit('7') + " " + char.IsDigit('x')); // expect: True False
        Console.WriteLine(char.IsLetter('q') + " " + char.IsLetter('3')); // expect: True False
        Console.WriteLine(char.IsWhiteSpace(' ') + " " + char.IsWhiteSpace('\t') + " " + char.IsWhiteSpace('_')); // expect: True True False
        Console.WriteLine(char.IsUpper('A') + " " + char.IsUpper('a')); // expect: True False
        Console.WriteLine(char.IsLower('a') + " " + char.IsLower('1')); // expect: True False
        Console.WriteLine(char.IsLetterOrDigit('9') + " " + char.IsLetterOrDigit('!')); // expect: True False
        Console.WriteLine(char.ToUpper('b')); // expect: B
        Console.WriteLine(char.ToLower('Q')); // expect: q
        Console.WriteLine(char.ToUpper('5')); // expect: 5
        Console.WriteLine(char.IsPunctuation('!') + " " + char.IsLetter('é')); // expect: True True
        string s = "Hello World 2024!";
        int up = 0, low = 0, dig = 0;
        foreach (char c in s)
        {
            if (char.IsUpper(c)) up++;
            else if (char.IsLower(c)) low++;
            else if (char.IsDigit(c)) dig++;
        }
        Console.WriteLine(up + " " + low + " " + dig); // expect: 2 8 4
        Console.WriteLine(char.IsDigit(s, 12)); // expect: True
    }
}
