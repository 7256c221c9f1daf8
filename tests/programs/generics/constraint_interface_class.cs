// An interface constraint with class type arguments: calling interface methods and properties through T, generic code shared across implementations.
using System;

interface IGreeter
{
    string Greet(string who);
    string Name { get; }
}

class English : IGreeter
{
    public string Greet(string who) { return "Hello, " + who; }
    public string Name { get { return "en"; } }
}

class French : IGreeter
{
    public string Greet(string who) { return "Bonjour, " + who; }
    public string Name { get { return "fr"; } }
}

class Loud : English
{
    public new string Greet(string who) { return "HELLO, " + who.ToUpper(); }
}

class Explicit : IGreeter
{
    string IGreeter.Greet(string who) { return "explicit " + who; }
    string IGreeter.Name { get { return "ex"; } }
    public string Greet(string who) { return "public " + who; }
}

class Program
{
    static string Run<T>(T g, string who) where T : IGreeter { return g.Name + ": " + g.Greet(who); }

    static string RunAll<T>(T[] gs) where T : IGreeter
    {
        string r = "";
        foreach (T g in gs) r += g.Name;
        return r;
    }

    static void Main()
    {
        Console.WriteLine(Run(new English(), "Ann")); // expect: en: Hello, Ann
        Console.WriteLine(Run(new French(), "Bob")); // expect: fr: Bonjour, Bob
        Loud loud = new Loud();
        Console.WriteLine(loud.Greet("cy")); // expect: HELLO, CY
        Console.WriteLine(Run(loud, "cy")); // expect: en: Hello, cy
        Explicit ex = new Explicit();
        Console.WriteLine(ex.Greet("dee")); // expect: public dee
        Console.WriteLine(Run(ex, "dee")); // expect: ex: explicit dee
        IGreeter[] all = { new English(), new French(), ex };
        Console.WriteLine(RunAll(all)); // expect: enfrex
        Console.WriteLine(RunAll(new French[] { new French(), new French() })); // expect: frfr
        Console.WriteLine(Run<IGreeter>(new French(), "Eve")); // expect: fr: Bonjour, Eve
    }
}
