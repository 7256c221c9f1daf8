using System;

class Program
{
    static void Main()
    {
        Console.Write("a");
        Console.Write(1);
        Console.Write(2147483648);
        Console.Write(true);
        Console.Write("");
        Console.WriteLine("z"); // expect: a12147483648Truez
    }
}
