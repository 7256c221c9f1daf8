// Members are looked up on a type parameter through its constraints only; an unconstrained T has just object's members.
using System;

class Program
{
    static int Len<T>(T s)
    {
        return s.Length; // error CS1061
    }

    static void Main()
    {
        Console.WriteLine(Len("abc"));
    }
}
