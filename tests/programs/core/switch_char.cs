// switch on char: classifying characters of a string.
using System;

class Program
{
    static void Main()
    {
        int vowels = 0, digits = 0, spaces = 0, others = 0;
        foreach (char c in "Hello World 42!")
        {
            switch (c)
            {
                case 'a': case 'e': case 'i': case 'o': case 'u':
                case 'A': case 'E': case 'I': case 'O': case 'U':
                    vowels++;
                    break;
                case '0': case '1': case '2': case '3': case '4':
                case '5': case '6': case '7': case '8': case '9':
                    digits++;
                    break;
                case ' ':
                    spaces++;
                    break;
                default:
                    others++;
                    break;
            }
        }
        Console.WriteLine(vowels); // expect: 3
        Console.WriteLine(digits); // expect: 2
        Console.WriteLine(spaces); // expect: 2
        Console.WriteLine(others); // expect: 8
        char op = '*';
        switch (op)
        {
            case '+': Console.WriteLine(6 + 3); break;
            case '*': Console.WriteLine(6 * 3); break; // expect: 18
            default: Console.WriteLine("?"); break;
        }
    }
}
