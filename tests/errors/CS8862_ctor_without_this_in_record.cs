using System;
record Point(int X, int Y)
{
    public Point() { } // error CS8862
}
class Program { static void Main() { Console.WriteLine(new Point(1, 2)); } }
