using System;

int total = 0;
for (int i = 1; i <= 10; i++)
    total += i;
Console.WriteLine(total);
static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
Console.WriteLine(Fib(10));

class Helper
{
    public static void Say(string s) { Console.WriteLine(s); }
}
