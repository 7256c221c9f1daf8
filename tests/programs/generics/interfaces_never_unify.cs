// Two instances of one generic interface are allowed when no type
// arguments can make them the same (C# spec §18.6.3): T can never be
// Node<T> (it would contain itself), nor both string and int.
using System;

interface IPair<A, B>
{
    string Describe(A a, B b);
}

class Node<T> : IEquatable<Node<T>>, IEquatable<T>
{
    public bool Equals(Node<T> other) { return other != null; }
    public bool Equals(T other) { return false; }
}

class Mixed<T> : IPair<T, int>, IPair<string, T>
{
    string IPair<T, int>.Describe(T a, int b) { return "T,int"; }
    string IPair<string, T>.Describe(string a, T b) { return "string,T"; }
}

// `where` after a base list that ends in nested type arguments, and a
// nested type's body closed with `;`.
class Poly<E> : IPair<E, Poly<E>>, IPair<Poly<E>, Poly<E>> where E : new()
{
    public enum Kind { Zero, One };
    string IPair<E, Poly<E>>.Describe(E a, Poly<E> b) { return "E"; }
    string IPair<Poly<E>, Poly<E>>.Describe(Poly<E> a, Poly<E> b) { return "Poly"; }
};

class Program
{
    static void Main()
    {
        var n = new Node<double>();
        Console.WriteLine(n.Equals(new Node<double>()) + " " + n.Equals(1.5));
        var m = new Mixed<double>();
        Console.WriteLine(((IPair<double, int>)m).Describe(1, 2) + " " + ((IPair<string, double>)m).Describe("a", 2));
        var p = new Poly<object>();
        Console.WriteLine(((IPair<object, Poly<object>>)p).Describe(null, p) + " " + ((IPair<Poly<object>, Poly<object>>)p).Describe(p, p) + " " + Poly<object>.Kind.One);
    }
}
// expect: True False
// expect: T,int string,T
// expect: E Poly One
