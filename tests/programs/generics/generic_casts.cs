// Casts involving generic types: object to Box<T>, base to derived generic, unboxing to T, and InvalidCastException for wrong instantiations.
using System;

class Box<T>
{
    public T Value;
    public Box(T v) { Value = v; }
}

class Special<T> : Box<T>
{
    public Special(T v) : base(v) { }
    public string Tag() { return "special " + Value; }
}

struct Num<T>
{
    public T V;
    public Num(T v) { V = v; }
}

class Program
{
    static T Cast<T>(object o) { return (T)o; }

    static void Main()
    {
        object o = new Box<int>(5);
        Box<int> b = (Box<int>)o;
        Console.WriteLine(b.Value); // expect: 5
        try
        {
            Box<long> bl = (Box<long>)o;
            Console.WriteLine("no exception");
        }
        catch (InvalidCastException) { Console.WriteLine("InvalidCastException Box<long>"); } // expect: InvalidCastException Box<long>
        Box<string> bs = new Special<string>("s");
        Special<string> sp = (Special<string>)bs;
        Console.WriteLine(sp.Tag()); // expect: special s
        try
        {
            Special<int> si = (Special<int>)(object)new Box<int>(1);
            Console.WriteLine("no exception");
        }
        catch (InvalidCastException) { Console.WriteLine("InvalidCastException Special<int>"); } // expect: InvalidCastException Special<int>
        Console.WriteLine(Cast<int>(42) + 1); // expect: 43
        Console.WriteLine(Cast<string>("str").Length); // expect: 3
        Console.WriteLine(Cast<Box<int>>(o).Value); // expect: 5
        Console.WriteLine(Cast<object>(null) == null); // expect: True
        Console.WriteLine(Cast<string>(null) == null); // expect: True
        try
        {
            Cast<int>(null);
            Console.WriteLine("no exception");
        }
        catch (NullReferenceException) { Console.WriteLine("NullReferenceException"); } // expect: NullReferenceException
        try
        {
            Cast<long>(42);
            Console.WriteLine("no exception");
        }
        catch (InvalidCastException) { Console.WriteLine("InvalidCastException long"); } // expect: InvalidCastException long
        object n = new Num<double>(2.5);
        Num<double> nd = (Num<double>)n;
        Console.WriteLine(nd.V); // expect: 2.5
        Console.WriteLine(Cast<Num<double>>(n).V * 2); // expect: 5
        try
        {
            Num<float> nf = (Num<float>)n;
            Console.WriteLine("no exception");
        }
        catch (InvalidCastException) { Console.WriteLine("InvalidCastException Num<float>"); } // expect: InvalidCastException Num<float>
    }
}
