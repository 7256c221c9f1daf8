using System;

class MathUtil
{
    public static int counter = 0;

    public static int Square(int x)
    {
        counter++;
        return x * x;
    }

    public static long Cube(long x) { return x * Square((int)x); }
}

class Printer
{
    public static void Show(string label, long value)
    {
        Console.WriteLine(label + " = " + value);
    }
}

class Program
{
    static void Main()
    {
        Printer.Show("square", MathUtil.Square(7)); // expect: square = 49
        Printer.Show("cube", MathUtil.Cube(3)); // expect: cube = 27
        Printer.Show("calls", MathUtil.counter); // expect: calls = 2
        Console.WriteLine(Helper.Twice(21)); // expect: 42
    }
}

// A class declared after its use.
class Helper
{
    public static int Twice(int x) { return MathUtil.Square(1) * x * 2; }
}
