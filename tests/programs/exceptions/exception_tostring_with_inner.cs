// ToString() of an exception with an inner one starts with the outer type and message.
// mono-differs: Mono appends " ---> System.Exception: inner" to the first line; .NET Core puts it on the next line
using System;

class Program
{
    static void Main()
    {
        Exception e = new Exception("outer", new Exception("inner"));
        Console.WriteLine(e.ToString().Split('\n')[0]); // expect: System.Exception: outer
    }
}
