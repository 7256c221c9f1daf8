using System;

delegate int Op(int x);

class Program
{
    static int Twice(string s) { return s.Length * 2; }
    static int Twice(int a, int b) { return a + b; }

    static void Main()
    {
        Op op = Twice; // error CS0123
        Console.WriteLine(op(1));
    }
}
