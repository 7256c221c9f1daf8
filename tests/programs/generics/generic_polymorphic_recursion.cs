// Polymorphic recursion: a generic method that calls itself with a bigger type argument (T, then Box<T>, ...), creating new instantiations at run time.
using System;

class Box<T>
{
    public T Inner;
    public Box(T v) { Inner = v; }
    public override string ToString() { return "[" + Inner + "]"; }
}

class Program
{
    static string Nest<T>(T value, int depth)
    {
        if (depth == 0) return value + " : " + typeof(T).Name;
        return Nest(new Box<T>(value), depth - 1);
    }

    static int Depth<T>(int n)
    {
        if (n == 0) return typeof(T).ToString().Length;
        return Depth<T[]>(n - 1);
    }

    static string ArrayName<T>(int n)
    {
        if (n == 0) return typeof(T).ToString();
        return ArrayName<T[]>(n - 1);
    }

    static void Main()
    {
        Console.WriteLine(Nest(1, 0)); // expect: 1 : Int32
        Console.WriteLine(Nest(1, 1)); // expect: [1] : Box`1
        Console.WriteLine(Nest("x", 3)); // expect: [[[x]]] : Box`1
        Console.WriteLine(Nest('c', 6)); // expect: [[[[[[c]]]]]] : Box`1
        Console.WriteLine(Depth<int>(0)); // expect: 12
        Console.WriteLine(Depth<int>(3)); // expect: 18
        Console.WriteLine(ArrayName<string>(2)); // expect: System.String[][]
        Console.WriteLine(ArrayName<byte>(5)); // expect: System.Byte[][][][][]
    }
}
