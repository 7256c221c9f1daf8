// Virtual generic methods overridden in derived classes, and generic classes with virtual methods over T; dispatch through base references.
using System;

class Formatter
{
    public virtual string Format<T>(T x) { return "base:" + x; }
    public virtual T Pass<T>(T x) { return x; }
}

class Bracket : Formatter
{
    public override string Format<T>(T x) { return "[" + x + "]"; }
}

class TypeNamer : Bracket
{
    public override string Format<U>(U x) { return typeof(U).Name + base.Format(x); }
    public override T Pass<T>(T x) { Console.WriteLine("Pass<" + typeof(T).Name + ">"); return base.Pass(x); }
}

class Repo<T>
{
    public virtual T Load(int id) { return default(T); }
    public virtual string Save(T item) { return "saved " + item; }
}

class StringRepo : Repo<string>
{
    public override string Load(int id) { return "item" + id; }
    public override string Save(string item) { return "string-saved " + item.ToUpper(); }
}

class LoggingRepo<T> : Repo<T>
{
    public override string Save(T item) { return "log(" + base.Save(item) + ")"; }
}

class Program
{
    static void Main()
    {
        Formatter f = new Formatter();
        Formatter b = new Bracket();
        Formatter t = new TypeNamer();
        Console.WriteLine(f.Format(1)); // expect: base:1
        Console.WriteLine(b.Format(1)); // expect: [1]
        Console.WriteLine(b.Format("s")); // expect: [s]
        Console.WriteLine(t.Format(2.5)); // expect: Double[2.5]
        Console.WriteLine(t.Format<object>("o")); // expect: Object[o]
        Console.WriteLine(b.Pass(7)); // expect: 7
        Console.WriteLine(t.Pass("x"));
        // expect: Pass<String>
        // expect: x
        Console.WriteLine(t.Pass(3) + 1);
        // expect: Pass<Int32>
        // expect: 4
        Repo<string> r = new StringRepo();
        Console.WriteLine(r.Load(3)); // expect: item3
        Console.WriteLine(r.Save("abc")); // expect: string-saved ABC
        Repo<int> ri = new Repo<int>();
        Console.WriteLine(ri.Load(3)); // expect: 0
        Repo<int> li = new LoggingRepo<int>();
        Console.WriteLine(li.Save(5)); // expect: log(saved 5)
        Console.WriteLine(li.Load(1)); // expect: 0
    }
}
