// Enums: implicit and explicit values, casts to and from int, ToString of a plain enum prints the member name.
using System;

enum Color { Red, Green, Blue }
enum Status { Ok = 200, NotFound = 404, Teapot = 418 }
enum Gap { A = 1, B, C = 10, D }

class Program
{
    static void Main()
    {
        Color c = Color.Green;
        Console.WriteLine(c);                    // expect: Green
        Console.WriteLine((int)c);               // expect: 1
        Console.WriteLine((Color)2);             // expect: Blue
        Console.WriteLine((int)Status.NotFound); // expect: 404
        Status s = (Status)418;
        Console.WriteLine(s);                    // expect: Teapot
        Console.WriteLine((int)Gap.B + " " + (int)Gap.D); // expect: 2 11
        Console.WriteLine(c.ToString() + "!");   // expect: Green!
        Console.WriteLine($"{Color.Blue}");      // expect: Blue
        Console.WriteLine((Color)7);             // expect: 7
    }
}
