// sealed classes and sealed overrides: a sealed override still dispatches virtually from base references.
using System;

class A
{
    public virtual string Who() { return "A"; }
}

class B : A
{
    public sealed override string Who() { return "B"; }
}

class C : B
{
    public new string Who() { return "C"; }
}

sealed class Leaf : A
{
    public override string Who() { return "Leaf"; }
}

class Program
{
    static void Main()
    {
        A x = new C();
        Console.WriteLine(x.Who());         // expect: B
        Console.WriteLine(((C)x).Who());    // expect: C
        A y = new Leaf();
        Console.WriteLine(y.Who());         // expect: Leaf
        Console.WriteLine(y is Leaf);       // expect: True
    }
}
