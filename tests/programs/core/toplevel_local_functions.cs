// Local functions declared among top-level statements, called before and after their declaration.
using System;

Console.WriteLine(Square(9)); // expect: 81
int Square(int x) => x * x;
static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
Console.WriteLine(Fib(15)); // expect: 610
var greeting = Greet("top");
Console.WriteLine(greeting); // expect: hello top

string Greet(string who)
{
    return "hello " + who;
}
