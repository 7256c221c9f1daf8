// Doubled braces in interpolated strings print literal { and }.
using System;

class Program
{
    static void Main()
    {
        int x = 1;
        Console.WriteLine($"{{braces}}"); // expect: {braces}
        Console.WriteLine($"{{{x}}}"); // expect: {1}
        Console.WriteLine($"}}{x}{{"); // expect: }1{
        Console.WriteLine($"a{{b}}c{x + 1}"); // expect: a{b}c2
        Console.WriteLine("{{not interpolated}}"); // expect: {{not interpolated}}
        Console.WriteLine(string.Format("{{{0}}}", 5)); // expect: {5}
        Console.WriteLine($"{"{" + x + "}"}"); // expect: {1}
    }
}
