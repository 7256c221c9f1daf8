// Covariant interfaces IProducer<out T>: an IProducer<string> converts to IProducer<object>, implicitly, by cast, and via is/as; not for value types.
using System;

interface IProducer<out T>
{
    T Produce();
}

class Animal { public virtual string Name() { return "animal"; } }
class Cat : Animal { public override string Name() { return "cat"; } }

class Const<T> : IProducer<T>
{
    T v;
    public Const(T v) { this.v = v; }
    public T Produce() { return v; }
}

class CatFactory : IProducer<Cat>
{
    int n;
    public Cat Produce() { n++; return new Cat(); }
    public int Made { get { return n; } }
}

class Program
{
    static string Describe(IProducer<object> p) { return "object producer gave " + p.Produce(); }
    static string AnimalName(IProducer<Animal> p) { return p.Produce().Name(); }

    static void Main()
    {
        IProducer<string> ps = new Const<string>("hello");
        IProducer<object> po = ps;
        Console.WriteLine(po.Produce()); // expect: hello
        Console.WriteLine(Describe(ps)); // expect: object producer gave hello
        CatFactory cf = new CatFactory();
        Console.WriteLine(AnimalName(cf)); // expect: cat
        IProducer<Animal> pa = cf;
        Console.WriteLine(pa.Produce().Name() + " " + cf.Made); // expect: cat 2
        object o = ps;
        Console.WriteLine(o is IProducer<object>); // expect: True
        Console.WriteLine(o is IProducer<string>); // expect: True
        Console.WriteLine(o is IProducer<int>); // expect: False
        IProducer<object> viaCast = (IProducer<object>)o;
        Console.WriteLine(viaCast.Produce()); // expect: hello
        IProducer<int> pi = new Const<int>(5);
        object oi = pi;
        Console.WriteLine(oi is IProducer<object>); // expect: False
        Console.WriteLine(oi as IProducer<object> == null); // expect: True
        Console.WriteLine(new CatFactory() is IProducer<Animal>); // expect: True
        object animals = new Const<Animal>(new Animal());
        Console.WriteLine(animals is IProducer<Cat>); // expect: False
        Console.WriteLine(animals is IProducer<object>); // expect: True
        IProducer<Cat>[] cats = { new CatFactory() };
        IProducer<Animal>[] aps = cats;
        Console.WriteLine(aps[0].Produce().Name()); // expect: cat
    }
}
