// string.Join and string.Concat over arrays of non-string element types, which bind to the generic overloads Join<T>(string, IEnumerable<T>) and Concat<T>(IEnumerable<T>).
using System;

class Box<T>
{
    public T Value;
    public Box(T v) { Value = v; }
    public override string ToString() { return "Box(" + Value + ")"; }
}

class Program
{
    static string JoinAny<T>(T[] items) { return string.Join("|", items); }

    static void Main()
    {
        Console.WriteLine(string.Join(" ", new int[] { 3, 1, 2 })); // expect: 3 1 2
        Console.WriteLine(string.Join(", ", new double[] { 1.5, 2, -0.25 })); // expect: 1.5, 2, -0.25
        Console.WriteLine(string.Join("-", new char[] { 'a', 'b', 'c' })); // expect: a-b-c
        Console.WriteLine(string.Join("", new bool[] { true, false })); // expect: TrueFalse
        Console.WriteLine(string.Join<int>("+", new int[] { 1, 2, 3 })); // expect: 1+2+3
        Console.WriteLine(string.Join(" ", new string[] { "x", "y" })); // expect: x y
        Console.WriteLine(string.Join<Box<int>>(",", new Box<int>[] { new Box<int>(1), new Box<int>(2) })); // expect: Box(1),Box(2)
        Console.WriteLine("[" + string.Join(",", new int[0]) + "]"); // expect: []
        Console.WriteLine(string.Join(";", new long[] { 10000000000L })); // expect: 10000000000
        Console.WriteLine(JoinAny(new int[] { 7, 8 })); // expect: 7|8
        Console.WriteLine(JoinAny(new string[] { "p", null, "q" })); // expect: p||q
        Console.WriteLine(JoinAny(new object[] { 1, "two", 3.0 })); // expect: 1|two|3
        Console.WriteLine(string.Concat<int>(new int[] { 1, 2, 3 })); // expect: 123
        Console.WriteLine(string.Concat(new char[] { 'h', 'i' })); // expect: hi
        Console.WriteLine(string.Concat<char>(new char[] { 'h', 'i' })); // expect: hi
        Console.WriteLine(string.Concat<Box<string>>(new Box<string>[] { new Box<string>("a"), new Box<string>("b") })); // expect: Box(a)Box(b)
        Console.WriteLine(string.Concat<double>(new double[] { 0.5, 1 })); // expect: 0.51
    }
}
