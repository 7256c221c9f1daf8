// Math.Round with MidpointRounding and digits; an undefined mode is an ArgumentException.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(Math.Round(0.125, 2, MidpointRounding.AwayFromZero)); // expect: 0.13
        Console.WriteLine(Math.Round(0.125, 2, MidpointRounding.ToEven)); // expect: 0.12
        Console.WriteLine(Math.Round(-1.5, MidpointRounding.AwayFromZero)); // expect: -2
        Console.WriteLine(Math.Round(1.49, MidpointRounding.AwayFromZero)); // expect: 1
        Console.WriteLine(Math.Round(0.5, MidpointRounding.ToEven)); // expect: 0
        Console.WriteLine(MidpointRounding.AwayFromZero); // expect: AwayFromZero
        try
        {
            Math.Round(2.5, (MidpointRounding)7);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name); // expect: ArgumentException
        }
    }
}
