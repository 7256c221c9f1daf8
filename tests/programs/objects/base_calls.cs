// base.M() calls the overridden implementation non-virtually; base.Property and base.ToString() too.
using System;

class Greeter
{
    public virtual string Greet(string n) { return "Hello " + n; }
    public virtual int Size { get { return 10; } }
    public override string ToString() { return "Greeter"; }
}

class LoudGreeter : Greeter
{
    public override string Greet(string n) { return base.Greet(n).ToUpper() + "!"; }
    public override int Size { get { return base.Size * 2; } }
    public override string ToString() { return "Loud" + base.ToString(); }
}

class LouderGreeter : LoudGreeter
{
    public override string Greet(string n) { return base.Greet(n) + "!!"; }
}

class Program
{
    static void Main()
    {
        Greeter g = new LouderGreeter();
        Console.WriteLine(g.Greet("bob"));  // expect: HELLO BOB!!!
        Console.WriteLine(g.Size);          // expect: 20
        Console.WriteLine(g);               // expect: LoudGreeter
        Console.WriteLine(new Greeter().Greet("x")); // expect: Hello x
    }
}
