// Recursive local functions (factorial, fibonacci, mutual recursion between locals).
using System;

class Program
{
    static void Main()
    {
        long Fact(int n) => n <= 1 ? 1 : n * Fact(n - 1);
        int Fib(int n)
        {
            if (n < 2) return n;
            return Fib(n - 1) + Fib(n - 2);
        }
        bool IsEven(int n) => n == 0 || IsOdd(n - 1);
        bool IsOdd(int n) => n != 0 && IsEven(n - 1);
        Console.WriteLine(Fact(20)); // expect: 2432902008176640000
        Console.WriteLine(Fib(20)); // expect: 6765
        Console.WriteLine(IsEven(10)); // expect: True
        Console.WriteLine(IsOdd(7)); // expect: True
        Console.WriteLine(IsEven(7)); // expect: False
        int Digits(int n) => n < 10 ? 1 : 1 + Digits(n / 10);
        Console.WriteLine(Digits(123456)); // expect: 6
    }
}
