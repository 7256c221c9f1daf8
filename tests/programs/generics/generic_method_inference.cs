// Type inference for generic method calls: from one argument, several arguments, and mixed with return use.
using System;

class Program
{
    static string Kind<T>(T x) { return typeof(T).Name; }
    static string Kinds<A, B>(A a, B b) { return typeof(A).Name + "," + typeof(B).Name; }
    static T First<T>(T a, T b) { return a; }
    static T Choose<T>(bool c, T a, T b) { return c ? a : b; }
    static string Three<A, B, C>(A a, B b, C c) { return a + "|" + b + "|" + c; }

    static void Main()
    {
        Console.WriteLine(Kind(1)); // expect: Int32
        Console.WriteLine(Kind(1L)); // expect: Int64
        Console.WriteLine(Kind(1.0)); // expect: Double
        Console.WriteLine(Kind(1.0f)); // expect: Single
        Console.WriteLine(Kind('a')); // expect: Char
        Console.WriteLine(Kind("a")); // expect: String
        Console.WriteLine(Kind(true)); // expect: Boolean
        Console.WriteLine(Kind((byte)1)); // expect: Byte
        Console.WriteLine(Kind(new object())); // expect: Object
        Console.WriteLine(Kind(new int[0])); // expect: Int32[]
        object boxed = 5;
        Console.WriteLine(Kind(boxed)); // expect: Object
        Console.WriteLine(Kinds(1, "x")); // expect: Int32,String
        Console.WriteLine(Kinds('c', 2.5)); // expect: Char,Double
        Console.WriteLine(First(3, 4)); // expect: 3
        Console.WriteLine(Kind(First(3, 4L))); // expect: Int64
        Console.WriteLine(First("s", null) ?? "null"); // expect: s
        Console.WriteLine(Choose(false, 1, 2) + 10); // expect: 12
        Console.WriteLine(Three(1, 'b', "c")); // expect: 1|b|c
        Console.WriteLine(Kind(Choose(true, (short)1, (short)2))); // expect: Int16
        Console.WriteLine(Kind(Kind(0))); // expect: String
    }
}
