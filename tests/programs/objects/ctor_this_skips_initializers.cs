// A constructor chaining with this(...) does not run field initializers twice; they run once, in the target.
using System;

class Thing
{
    static int count;
    int id = Next();
    public string Kind;

    static int Next() { count++; Console.WriteLine("initializer " + count); return count; }

    public Thing() : this("plain") { Console.WriteLine("Thing() id=" + id); }
    public Thing(string kind) { Kind = kind; Console.WriteLine("Thing(string) id=" + id); }
}

class Program
{
    static void Main()
    {
        Thing t = new Thing();
        // expect: initializer 1
        // expect: Thing(string) id=1
        // expect: Thing() id=1
        Thing u = new Thing("x");
        // expect: initializer 2
        // expect: Thing(string) id=2
        Console.WriteLine(t.Kind + u.Kind); // expect: plainx
    }
}
