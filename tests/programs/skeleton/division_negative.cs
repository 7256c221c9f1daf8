using System;

class Program
{
    static int Div(int a, int b) { return a / b; }

    static void Main()
    {
        // Integer division truncates towards zero.
        Console.WriteLine(-7 / 2); // expect: -3
        Console.WriteLine(7 / -2); // expect: -3
        Console.WriteLine(-7 / -2); // expect: 3
        Console.WriteLine(7 / 2); // expect: 3
        Console.WriteLine(Div(-7, 2)); // expect: -3
        Console.WriteLine(Div(7, -2)); // expect: -3
        Console.WriteLine(Div(-7, -2)); // expect: 3
        Console.WriteLine(Div(-1, 2)); // expect: 0
        Console.WriteLine(Div(-2147483648, 2)); // expect: -1073741824
        Console.WriteLine(Div(-2147483648, -2)); // expect: 1073741824
        Console.WriteLine(Div(2147483647, -1)); // expect: -2147483647
        long a = -9000000000;
        long b = 4;
        Console.WriteLine(a / b); // expect: -2250000000
        Console.WriteLine(a / -7); // expect: 1285714285
    }
}
