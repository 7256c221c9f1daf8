// Character literals and escape sequences, printed through their code points.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine((int)'\n'); // expect: 10
        Console.WriteLine((int)'\t'); // expect: 9
        Console.WriteLine((int)'\r'); // expect: 13
        Console.WriteLine((int)'\0'); // expect: 0
        Console.WriteLine('\''); // expect: '
        Console.WriteLine('\\'); // expect: \
        Console.WriteLine('"'); // expect: "
        Console.WriteLine('\u0041'); // expect: A
        Console.WriteLine('\x41'); // expect: A
        Console.WriteLine('\x4a'); // expect: J
        Console.WriteLine((int)'\a' + " " + (int)'\b' + " " + (int)'\f' + " " + (int)'\v'); // expect: 7 8 12 11
        Console.WriteLine("[" + '\t' + "]"); // expect: [	]
        Console.WriteLine('\u00e9' == 'é'); // expect: True
    }
}
