// Type inference from constructed generic argument types: Box<T>, Pair<A,B>, Box<T>[] and nested Box<Box<T>>.
using System;

class Box<T>
{
    public T Value;
    public Box(T v) { Value = v; }
}

class Pair<A, B>
{
    public A First;
    public B Second;
    public Pair(A a, B b) { First = a; Second = b; }
}

class Program
{
    static T Unbox<T>(Box<T> b) { return b.Value; }
    static string TypeOfContent<T>(Box<T> b) { return typeof(T).Name; }
    static Pair<B, A> Flip<A, B>(Pair<A, B> p) { return new Pair<B, A>(p.Second, p.First); }
    static T Deep<T>(Box<Box<T>> bb) { return bb.Value.Value; }
    static T SumFirst<T>(Box<T>[] boxes) { return boxes[0].Value; }
    static Box<T> Wrap<T>(T x) { return new Box<T>(x); }
    static string Mixed<T>(Box<T> b, T extra) { return b.Value + "+" + extra; }

    static void Main()
    {
        Box<int> bi = new Box<int>(5);
        Console.WriteLine(Unbox(bi) + 1); // expect: 6
        Console.WriteLine(TypeOfContent(bi)); // expect: Int32
        Console.WriteLine(TypeOfContent(new Box<string>("s"))); // expect: String
        Console.WriteLine(TypeOfContent(new Box<Box<char>>(null))); // expect: Box`1
        Pair<int, string> p = new Pair<int, string>(1, "one");
        Pair<string, int> f = Flip(p);
        Console.WriteLine(f.First + f.Second); // expect: one1
        Console.WriteLine(Flip(f).First + 1); // expect: 2
        Box<Box<string>> bb = new Box<Box<string>>(new Box<string>("deep"));
        Console.WriteLine(Deep(bb)); // expect: deep
        Console.WriteLine(Deep(Wrap(Wrap(3.5)))); // expect: 3.5
        Box<long>[] arr = { new Box<long>(9), new Box<long>(10) };
        Console.WriteLine(SumFirst(arr)); // expect: 9
        Console.WriteLine(TypeOfContent(Wrap('q'))); // expect: Char
        Console.WriteLine(Mixed(bi, 2)); // expect: 5+2
        Console.WriteLine(Mixed(new Box<string>("a"), "b")); // expect: a+b
    }
}
