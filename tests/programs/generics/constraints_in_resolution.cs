// Generic code that leans on constraints: an explicit implementation in a
// generic base class serves a derived class that lists the interface
// again; T[] converts to U[] where T : class, U; an overload whose
// constraints the type arguments break is no candidate; inference looks
// at a params array's expanded form.
using System;

public interface IB<T> { IB<T> Backwards(); }
public interface IA<T> : IB<T> { new IA<T> Backwards(); }

public abstract class CA<T> : IA<T>
{
    public abstract IA<T> Backwards();
    IB<T> IB<T>.Backwards() { Console.WriteLine("CA explicit IB<" + typeof(T).Name + ">"); return null; }
}

public class CB<T> : CA<T>, IA<T>
{
    public override IA<T> Backwards() { Console.WriteLine("CB override"); return this; }
}

class Item { public string Name = "item"; }
class Tool : Item { public Tool() { Name = "tool"; } }

class G<T> where T : class { }

class Shelf<T> where T : Item
{
    public string Take<U>(U item) where U : T { return item.Name + " " + typeof(U).Name; }
}

class Program
{
    static U[] Widen<T, U>(T[] items) where T : class, U { return items; }
    static T1[] Narrow<T1, T2>(T2[] items) where T1 : class, T2 { return (T1[])items; }

    static string Pick<T>(T a, G<T> g) where T : class { return "constrained"; }
    static string Pick<T>(T a, object o) { return "unconstrained"; }

    static T[] Concat<T>(params T[][] parts)
    {
        int n = 0;
        foreach (T[] p in parts) n += p.Length;
        T[] all = new T[n];
        int k = 0;
        foreach (T[] p in parts)
            foreach (T x in p)
                all[k++] = x;
        return all;
    }

    static void Main()
    {
        IB<int> b = new CB<int>();
        b.Backwards();
        ((IA<int>)b).Backwards();

        Console.WriteLine(new Shelf<Item>().Take(new Tool()));

        object[] objs = Widen<string, object>(new[] { "a", "b" });
        Console.WriteLine(objs.Length + " " + objs.GetType().Name);
        string[] back = Narrow<string, object>(objs);
        Console.WriteLine(back[1]);
        try
        {
            Narrow<string, object>(new object[] { "x" });
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("object[] is not string[]");
        }

        Console.WriteLine(Pick<int>(99, null) + " " + Pick("s", null) + " " + Pick(5, null));

        int[] joined = Concat(new[] { 1, 2 }, new[] { 3 }, new int[0], new[] { 4 });
        Console.WriteLine(string.Join(",", joined));
    }
}
// expect: CA explicit IB<Int32>
// expect: CB override
// expect: tool Tool
// expect: 2 String[]
// expect: b
// expect: object[] is not string[]
// expect: unconstrained constrained unconstrained
// expect: 1,2,3,4
