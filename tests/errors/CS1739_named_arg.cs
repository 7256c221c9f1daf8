// A named argument must name one of the method's parameters.
using System;

class Program
{
    static int Area(int width, int height)
    {
        return width * height;
    }

    static void Main()
    {
        Console.WriteLine(Area(width: 2, depth: 3)); // error CS1739
    }
}
