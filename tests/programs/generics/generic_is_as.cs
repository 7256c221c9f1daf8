// The is and as operators with generic types and with type parameters (T constrained to class for as).
using System;

class Animal { public virtual string Sound() { return "..."; } }
class Dog : Animal { public override string Sound() { return "woof"; } }

class Box<T> { public T Value; public Box(T v) { Value = v; } }
interface IShow<T> { string Show(); }
class Shower : IShow<int> { public string Show() { return "shower"; } }

class Program
{
    static bool IsA<T>(object o) { return o is T; }
    static string TryAs<T>(object o) where T : class
    {
        T t = o as T;
        return t == null ? "null" : "ok:" + t;
    }
    static string Probe<T>(T x)
    {
        if (x is string) return "string " + (x as string).Length;
        if (x is int) return "int " + (int)(object)x;
        if (x is Animal) return "animal " + ((Animal)(object)x).Sound();
        return "other";
    }

    static void Main()
    {
        object o = new Box<string>("x");
        Console.WriteLine(o is Box<string>); // expect: True
        Console.WriteLine(o is Box<object>); // expect: False
        Box<string> bs = o as Box<string>;
        Console.WriteLine(bs.Value); // expect: x
        Box<int> bi = o as Box<int>;
        Console.WriteLine(bi == null); // expect: True
        Console.WriteLine(IsA<Box<string>>(o)); // expect: True
        Console.WriteLine(IsA<int>(5)); // expect: True
        Console.WriteLine(IsA<long>(5)); // expect: False
        Console.WriteLine(IsA<object>(5)); // expect: True
        Console.WriteLine(IsA<string>(null)); // expect: False
        Console.WriteLine(IsA<Animal>(new Dog())); // expect: True
        Console.WriteLine(IsA<Dog>(new Animal())); // expect: False
        Console.WriteLine(IsA<IShow<int>>(new Shower())); // expect: True
        Console.WriteLine(IsA<IShow<long>>(new Shower())); // expect: False
        Console.WriteLine(TryAs<string>("hi")); // expect: ok:hi
        Console.WriteLine(TryAs<string>(3)); // expect: null
        Console.WriteLine(TryAs<Animal>(new Dog())); // expect: ok:Dog
        IShow<int> s = new Shower() as IShow<int>;
        Console.WriteLine(s.Show()); // expect: shower
        Console.WriteLine(Probe("abcd")); // expect: string 4
        Console.WriteLine(Probe(17)); // expect: int 17
        Console.WriteLine(Probe(new Dog())); // expect: animal woof
        Console.WriteLine(Probe(2.0)); // expect: other
        Console.WriteLine(Probe<object>("boxed")); // expect: string 5
    }
}
