// A record declared in two partial parts (C# 9). Sharp: a syntax error at 'partial record'.
using System;
partial record Part(int A);
partial record Part { public int Twice => A * 2; }
class Program
{
    static void Main() { Console.WriteLine(new Part(2)); }
}
// expect: Part { A = 2, Twice = 4 }
