// Dictionary with int keys (negative, large, sparse) and enum keys; KeyValuePair prints an enum key by name.
using System;
using System.Collections.Generic;

enum Color
{
    Red,
    Green,
    Blue = 10,
}

class Program
{
    static void Main()
    {
        var squares = new Dictionary<int, long>();
        for (int i = -3; i <= 3; i++)
            squares[i * 1000003] = (long)i * i;
        Console.WriteLine(squares.Count + " " + squares[-3000009] + " " + squares[0]); // expect: 7 9 0
        squares.Remove(0);
        Console.WriteLine(squares.ContainsKey(0) + " " + squares.ContainsKey(1000003)); // expect: False True
        var big = new Dictionary<int, int> { [int.MaxValue] = 1, [int.MinValue] = 2, [0] = 3 };
        Console.WriteLine(big[int.MinValue] + big[int.MaxValue]); // expect: 3
        Console.WriteLine(string.Join(" ", big.Keys)); // expect: 2147483647 -2147483648 0
        var paint = new Dictionary<Color, int>();
        paint[Color.Blue] = 3;
        paint[Color.Red] = 1;
        paint[Color.Green] = 2;
        paint[Color.Red] += 10;
        foreach (var kv in paint)
            Console.WriteLine(kv); // expect: [Blue, 3]
        // expect: [Red, 11]
        // expect: [Green, 2]
        Console.WriteLine(paint.ContainsKey((Color)10) + " " + paint.ContainsKey((Color)5)); // expect: True False
        paint[(Color)5] = 5;
        Console.WriteLine(paint.Count + " " + paint[(Color)5]); // expect: 4 5
        foreach (Color c in paint.Keys)
            Console.Write((int)c + ",");
        Console.WriteLine(); // expect: 10,0,1,5,
        var names = new Dictionary<long, string> { { 1L << 40, "big" }, { -1, "neg" } };
        Console.WriteLine(names[1099511627776] + " " + names[-1L]); // expect: big neg
        var byChar = new Dictionary<char, bool> { ['y'] = true, ['n'] = false };
        Console.WriteLine(byChar['y'] + " " + byChar['n']); // expect: True False
        var byBool = new Dictionary<bool, string> { [true] = "yes" };
        byBool[false] = "no";
        Console.WriteLine(byBool[1 > 0] + byBool[1 < 0]); // expect: yesno
        var byDouble = new Dictionary<double, string> { [0.5] = "half" };
        Console.WriteLine(byDouble[1.0 / 2]); // expect: half
    }
}
