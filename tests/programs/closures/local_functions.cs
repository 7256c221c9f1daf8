// Local functions that capture: a local, a parameter and this, recursion, a call before the declaration, as a method group, from a lambda, in a generic method; a static local function.
using System;
using System.Collections.Generic;
class Program {
    int bonus = 100;
    int Score(int x) {
        int Add(int y) => y + bonus + x;
        return Add(1);
    }
    static T Twice<T>(T v, Func<T, T> f) { T Once(T a) => f(a); return Once(Once(v)); }
    static void Main() {
        int total = 0;
        // expect: 7
        // expect: 720
        // expect: 14
        // expect: 2 3
        // expect: 17
        // expect: 106
        // expect: 27
        // expect: 81
        void Add(int v) { total += v; }
        Add(3); Add(4);
        Console.WriteLine(total);
        int Fact(int n) => n <= 1 ? 1 : n * Fact(n - 1);
        Console.WriteLine(Fact(6));
        Console.WriteLine(Early());
        int Early() => total * 2;
        var list = new List<int> { 5, 1, 4 };
        int count = 0;
        bool Big(int v) { count++; return v > 2; }
        Console.WriteLine(list.FindAll(Big).Count + " " + count);
        Func<int, int> viaLambda = v => { Add(v); return total; };
        Console.WriteLine(viaLambda(10));
        Console.WriteLine(new Program().Score(5));
        Console.WriteLine(Twice(3, v => v * 3));
        static int Square(int q) => q * q;
        Console.WriteLine(Square(9));
    }
}
