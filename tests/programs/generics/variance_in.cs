// Contravariant interfaces IConsumer<in T>: an IConsumer<object> converts to IConsumer<string>; casts and is checks at runtime.
using System;

interface IConsumer<in T>
{
    void Take(T x);
}

interface IComparer2<in T>
{
    int Compare(T a, T b);
}

class Animal { public string Name; public Animal(string n) { Name = n; } }
class Cat : Animal { public Cat(string n) : base(n) { } }

class Printer : IConsumer<object>
{
    public string Seen = "";
    public void Take(object x) { Seen += "<" + x + ">"; }
}

class AnimalSink : IConsumer<Animal>
{
    public int Count;
    public void Take(Animal a) { Count++; Console.WriteLine("took " + a.Name); }
}

class ByName : IComparer2<Animal>
{
    public int Compare(Animal a, Animal b) { return string.CompareOrdinal(a.Name, b.Name); }
}

class Program
{
    static void FeedStrings(IConsumer<string> c) { c.Take("a"); c.Take("b"); }
    static void FeedCat(IConsumer<Cat> c) { c.Take(new Cat("tom")); }
    static Cat MaxCat(Cat a, Cat b, IComparer2<Cat> cmp) { return cmp.Compare(a, b) >= 0 ? a : b; }

    static void Main()
    {
        Printer p = new Printer();
        FeedStrings(p);
        Console.WriteLine(p.Seen); // expect: <a><b>
        IConsumer<string> cs = p;
        cs.Take("c");
        Console.WriteLine(p.Seen); // expect: <a><b><c>
        AnimalSink sink = new AnimalSink();
        FeedCat(sink); // expect: took tom
        IConsumer<Cat> cc = sink;
        cc.Take(new Cat("felix")); // expect: took felix
        Console.WriteLine(sink.Count); // expect: 2
        Console.WriteLine(MaxCat(new Cat("a"), new Cat("z"), new ByName()).Name); // expect: z
        object o = p;
        Console.WriteLine(o is IConsumer<string>); // expect: True
        Console.WriteLine(o is IConsumer<Cat>); // expect: True
        Console.WriteLine(o is IConsumer<int>); // expect: False
        object os = sink;
        Console.WriteLine(os is IConsumer<Cat>); // expect: True
        Console.WriteLine(os is IConsumer<object>); // expect: False
        IConsumer<Cat> viaCast = (IConsumer<Cat>)os;
        viaCast.Take(new Cat("kit")); // expect: took kit
        try
        {
            IConsumer<string> bad = (IConsumer<string>)os;
            Console.WriteLine("no exception");
        }
        catch (InvalidCastException) { Console.WriteLine("InvalidCastException"); } // expect: InvalidCastException
    }
}
