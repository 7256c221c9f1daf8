// A call of an override is resolved with the parameters of the method it
// overrides (a `params` array stays one though the override drops the
// modifier), while a default value comes from the declaration the static
// type of the receiver sees, as csc does.
using System;

abstract class Counter
{
    public abstract int Count(params int[] items);
    public virtual string Greet(string who = "base") { return "base greets " + who; }
}

class Tally : Counter
{
    public override int Count(int[] items = null) { return items == null ? -1 : items.Length; }
    public override string Greet(string who = "derived") { return "tally greets " + who; }
}

class Program
{
    static void Main()
    {
        var t = new Tally();
        Console.WriteLine(t.Count() + " " + t.Count(4, 5) + " " + t.Count(null));
        Counter c = t;
        Console.WriteLine(c.Count() + " " + c.Count(1));
        Console.WriteLine(t.Greet());
        Console.WriteLine(c.Greet());
    }
}
// expect: 0 2 -1
// expect: 0 1
// expect: tally greets derived
// expect: tally greets base
