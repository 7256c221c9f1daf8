// typeof over generic types and type parameters: ToString() and Name for open-free closed types, arrays, nested and typeof(T) inside generic code.
using System;

class Box<T> { }
class Pair<A, B> { }
struct Val<T> { }
interface IThing<T> { }
class Outer<T>
{
    public class Inner { }
    public class Deeper<U> { }
}

class Reporter<T>
{
    public static string Report() { return typeof(T) + " / " + typeof(T[]) + " / " + typeof(Box<T>); }
}

class Program
{
    static string Of<T>() { return typeof(T).ToString(); }

    static void Main()
    {
        Console.WriteLine(typeof(Box<int>)); // expect: Box`1[System.Int32]
        Console.WriteLine(typeof(Box<int>).Name); // expect: Box`1
        Console.WriteLine(typeof(Box<string>)); // expect: Box`1[System.String]
        Console.WriteLine(typeof(Pair<int, string>)); // expect: Pair`2[System.Int32,System.String]
        Console.WriteLine(typeof(Pair<int, string>).Name); // expect: Pair`2
        Console.WriteLine(typeof(Val<double>)); // expect: Val`1[System.Double]
        Console.WriteLine(typeof(IThing<char>)); // expect: IThing`1[System.Char]
        Console.WriteLine(typeof(Box<Box<int>>)); // expect: Box`1[Box`1[System.Int32]]
        Console.WriteLine(typeof(Box<int[]>)); // expect: Box`1[System.Int32[]]
        Console.WriteLine(typeof(Box<int>[])); // expect: Box`1[System.Int32][]
        Console.WriteLine(typeof(Box<object>)); // expect: Box`1[System.Object]
        Console.WriteLine(typeof(Outer<int>.Inner)); // expect: Outer`1+Inner[System.Int32]
        Console.WriteLine(typeof(Outer<int>.Deeper<bool>)); // expect: Outer`1+Deeper`1[System.Int32,System.Boolean]
        Console.WriteLine(typeof(Outer<int>.Deeper<bool>).Name); // expect: Deeper`1
        Console.WriteLine(Of<int>()); // expect: System.Int32
        Console.WriteLine(Of<string>()); // expect: System.String
        Console.WriteLine(Of<Box<long>>()); // expect: Box`1[System.Int64]
        Console.WriteLine(Of<int[,]>()); // expect: System.Int32[,]
        Console.WriteLine(Reporter<byte>.Report()); // expect: System.Byte / System.Byte[] / Box`1[System.Byte]
        Console.WriteLine(Reporter<Pair<int, int>>.Report()); // expect: Pair`2[System.Int32,System.Int32] / Pair`2[System.Int32,System.Int32][] / Box`1[Pair`2[System.Int32,System.Int32]]
        Console.WriteLine(typeof(Box<int>) == typeof(Box<int>)); // expect: True
        Console.WriteLine(typeof(Box<int>) == typeof(Box<long>)); // expect: False
        Console.WriteLine(typeof(Box<>) == typeof(Box<int>)); // expect: False
        Console.WriteLine(typeof(Box<>).Name); // expect: Box`1
        Console.WriteLine(typeof(Pair<,>)); // expect: Pair`2[A,B]
    }
}
