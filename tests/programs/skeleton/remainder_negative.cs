using System;

class Program
{
    static int Rem(int a, int b) { return a % b; }

    static void Main()
    {
        // The remainder takes the sign of the dividend.
        Console.WriteLine(-7 % 2); // expect: -1
        Console.WriteLine(7 % -2); // expect: 1
        Console.WriteLine(-7 % -2); // expect: -1
        Console.WriteLine(Rem(-7, 2)); // expect: -1
        Console.WriteLine(Rem(7, -2)); // expect: 1
        Console.WriteLine(Rem(-7, -2)); // expect: -1
        Console.WriteLine(Rem(-6, 3)); // expect: 0
        Console.WriteLine(Rem(-2147483648, 3)); // expect: -2
        Console.WriteLine(Rem(2147483647, 10)); // expect: 7
        long big = -9000000001;
        Console.WriteLine(big % 10); // expect: -1
        Console.WriteLine(big % -1000000000); // expect: -1
        // a == (a / b) * b + a % b
        int x = -17;
        int y = 5;
        Console.WriteLine((x / y) * y + x % y); // expect: -17
    }
}
