// Enumerable.Range, Repeat and Empty as generators: multiplication table, chessboard, padding, FizzBuzz, squares, and Empty as a neutral starting point for Concat and Union.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        Console.WriteLine(string.Join(" ", Enumerable.Range(1, 5))); // expect: 1 2 3 4 5
        Console.WriteLine(string.Join(" ", Enumerable.Range(-2, 4))); // expect: -2 -1 0 1
        Console.WriteLine(Enumerable.Range(7, 0).Count()); // expect: 0

        foreach (var row in Enumerable.Range(1, 4))
            Console.WriteLine(string.Join(" ", Enumerable.Range(1, 4).Select(c => (row * c).ToString().PadLeft(2))));
        // expect:  1  2  3  4
        // expect:  2  4  6  8
        // expect:  3  6  9 12
        // expect:  4  8 12 16

        var board = Enumerable.Range(0, 4).Select(r => new string(Enumerable.Range(0, 8).Select(c => (r + c) % 2 == 0 ? '#' : '.').ToArray()));
        foreach (var line in board) Console.WriteLine(line);
        // expect: #.#.#.#.
        // expect: .#.#.#.#
        // expect: #.#.#.#.
        // expect: .#.#.#.#

        Console.WriteLine(string.Concat(Enumerable.Repeat("ab", 3))); // expect: ababab
        Console.WriteLine(string.Join(",", Enumerable.Repeat(0, 4))); // expect: 0,0,0,0
        Console.WriteLine(Enumerable.Repeat('x', 0).Any()); // expect: False

        // Right-align numbers with Repeat padding.
        foreach (var n in new[] { 7, 42, 512 })
            Console.WriteLine(string.Concat(Enumerable.Repeat(".", 4 - n.ToString().Length)) + n);
        // expect: ...7
        // expect: ..42
        // expect: .512

        var fizz = Enumerable.Range(1, 15).Select(i => i % 15 == 0 ? "FizzBuzz" : i % 3 == 0 ? "Fizz" : i % 5 == 0 ? "Buzz" : i.ToString());
        Console.WriteLine(string.Join(" ", fizz)); // expect: 1 2 Fizz 4 Buzz Fizz 7 8 Fizz Buzz 11 Fizz 13 14 FizzBuzz

        var squares = Enumerable.Range(1, 10).Select(i => i * i).Where(s => s % 2 == 1);
        Console.WriteLine(string.Join(" ", squares) + " = " + squares.Sum()); // expect: 1 9 25 49 81 = 165

        IEnumerable<string> none = Enumerable.Empty<string>();
        Console.WriteLine(none.Count() + " " + none.Any() + " " + (none.FirstOrDefault() == null)); // expect: 0 False True
        Console.WriteLine(string.Join(",", none.Concat(new[] { "a" }).Union(new[] { "a", "b" }))); // expect: a,b
        Console.WriteLine(object.ReferenceEquals(Enumerable.Empty<int>(), Enumerable.Empty<int>())); // expect: True

        // A repeated reference is the same object every time.
        var shared = Enumerable.Repeat(new List<int>(), 3).ToList();
        shared[0].Add(1);
        Console.WriteLine(shared[2].Count); // expect: 1

        // Range is lazy and can describe huge spans cheaply.
        Console.WriteLine(Enumerable.Range(1, int.MaxValue).Skip(1000000).First()); // expect: 1000001
        Console.WriteLine(Enumerable.Range(1, 1000).Where(i => i % 7 == 0).Count()); // expect: 142
    }
}
