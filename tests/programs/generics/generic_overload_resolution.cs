// Overload resolution between generic and non-generic methods: exact non-generic wins ties, better conversions win otherwise.
using System;

class C<T>
{
    public string M(T x) { return "M(T)"; }
    public string M(int x) { return "M(int)"; }
}

class Program
{
    static string F(int x) { return "F(int)"; }
    static string F<T>(T x) { return "F<" + typeof(T).Name + ">"; }

    static string G(object x) { return "G(object)"; }
    static string G<T>(T x) { return "G<" + typeof(T).Name + ">"; }

    static string H<T>(T x) { return "H(T)"; }
    static string H<T>(T[] x) { return "H(T[])"; }

    static string K(string a, object b) { return "K(string,object)"; }
    static string K<T>(T a, T b) { return "K<" + typeof(T).Name + ">"; }

    static string L(long x) { return "L(long)"; }
    static string L<T>(T x, int extra = 0) { return "L<T>(T,int)"; }

    static void Main()
    {
        Console.WriteLine(F(1)); // expect: F(int)
        Console.WriteLine(F(1L)); // expect: F<Int64>
        Console.WriteLine(F((short)1)); // expect: F<Int16>
        Console.WriteLine(F('c')); // expect: F<Char>
        Console.WriteLine(F("s")); // expect: F<String>
        Console.WriteLine(F<int>(1)); // expect: F<Int32>
        Console.WriteLine(G("s")); // expect: G<String>
        Console.WriteLine(G(new object())); // expect: G(object)
        Console.WriteLine(G<object>(new object())); // expect: G<Object>
        Console.WriteLine(G((object)"s")); // expect: G(object)
        Console.WriteLine(H(1)); // expect: H(T)
        Console.WriteLine(H(new int[0])); // expect: H(T[])
        Console.WriteLine(H<int[]>(new int[0])); // expect: H(T)
        Console.WriteLine(K("a", "b")); // expect: K<String>
        Console.WriteLine(K("a", (object)"b")); // expect: K(string,object)
        Console.WriteLine(K(1, 2)); // expect: K<Int32>
        Console.WriteLine(L(5)); // expect: L<T>(T,int)
        Console.WriteLine(L(5L)); // expect: L(long)
        C<string> cs = new C<string>();
        Console.WriteLine(cs.M("x")); // expect: M(T)
        Console.WriteLine(cs.M(1)); // expect: M(int)
        C<int> ci = new C<int>();
        Console.WriteLine(ci.M(1)); // expect: M(int)
        C<long> cl = new C<long>();
        Console.WriteLine(cl.M(1)); // expect: M(int)
        Console.WriteLine(cl.M(1L)); // expect: M(T)
    }
}
