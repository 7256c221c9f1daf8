// new() converts to any type, so it cannot pick between two overloads on its own.
using System;
using System.Text;

class Ticket
{
    public int Seat;
}

class Program
{
    static void Log(StringBuilder sb) => Console.WriteLine(sb.Length);
    static void Log(Ticket t) => Console.WriteLine(t.Seat);

    static void Main()
    {
        Log(new StringBuilder("ok"));
        Log(new Ticket());
        Log(new()); // error CS0121
    }
}
