// One-dimensional arrays: initializer forms, Length, element reads and writes.
using System;

class Program
{
    static void Main()
    {
        int[] a = { 1, 2, 3 };
        int[] b = new int[] { 4, 5, 6, 7 };
        int[] c = new int[3] { 8, 9, 10 };
        var d = new[] { 11, 12 };
        Console.WriteLine(a.Length + " " + b.Length + " " + c.Length + " " + d.Length); // expect: 3 4 3 2
        Console.WriteLine(a[0] + a[1] + a[2]); // expect: 6
        b[3] = 70;
        Console.WriteLine(b[3]); // expect: 70
        c[0] += 100;
        Console.WriteLine(c[0]); // expect: 108
        int[] alias = a;
        alias[1] = 20;
        Console.WriteLine(a[1]); // expect: 20
        int[] empty = { };
        Console.WriteLine(empty.Length); // expect: 0
        string[] words = { "x", "y" };
        Console.WriteLine(words[0] + words[1]); // expect: xy
        int[] squares = new int[5];
        for (int i = 0; i < squares.Length; i++) squares[i] = i * i;
        Console.WriteLine(squares[4]); // expect: 16
        Console.WriteLine(squares[squares.Length - 2]); // expect: 9
        int n = 4;
        long[] sized = new long[n * 2];
        Console.WriteLine(sized.Length); // expect: 8
    }
}
