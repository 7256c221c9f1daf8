// Local functions: static and non-static, declared before or after use, expression-bodied.
using System;

class Program
{
    static void Main()
    {
        int Square(int x) => x * x;
        static int Cube(int x) { return x * x * x; }
        Console.WriteLine(Square(7)); // expect: 49
        Console.WriteLine(Cube(3)); // expect: 27
        Console.WriteLine(Later(2, 3)); // expect: 8
        string Shout(string s) => s.ToUpper() + "!";
        Console.WriteLine(Shout("hey")); // expect: HEY!
        void Print(int n)
        {
            Console.WriteLine("n is " + n);
        }
        Print(4); // expect: n is 4
        Print(Square(Cube(2))); // expect: n is 64

        static int Later(int a, int b)
        {
            int r = 1;
            for (int i = 0; i < b; i++) r *= a;
            return r;
        }
    }
}
