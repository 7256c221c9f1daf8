// Type arguments given to a class that is not generic.
using System;

class Plain
{
    public int Value;
}

class Program
{
    static int Read(Plain<int> p) // error CS0308
    {
        return 0;
    }

    static void Main()
    {
        Console.WriteLine(new Plain().Value);
    }
}
