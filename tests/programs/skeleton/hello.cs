using System;

class Program
{
    static void Main()
    {
        Console.WriteLine("Hello, world!"); // expect: Hello, world!
        Console.WriteLine(""); // expect:
        Console.WriteLine(); // expect:
        Console.WriteLine("bye"); // expect: bye
    }
}
