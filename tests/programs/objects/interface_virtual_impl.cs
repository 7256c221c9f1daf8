// An interface implemented by a base class with a virtual method: the interface call reaches the derived override;
// a derived class re-implementing the interface with `new` replaces the mapping.
using System;

interface IName { string Name(); }

class Base : IName
{
    public virtual string Name() { return "Base"; }
}

class Over : Base
{
    public override string Name() { return "Over"; }
}

class Base2 : IName
{
    public string Name() { return "Base2"; }
}

class Reimpl : Base2, IName
{
    public new string Name() { return "Reimpl"; }
}

class Hider : Base2
{
    public new string Name() { return "Hider"; }
}

class Program
{
    static void Main()
    {
        IName a = new Over();
        Console.WriteLine(a.Name());     // expect: Over
        IName b = new Reimpl();
        Console.WriteLine(b.Name());     // expect: Reimpl
        Base2 b2 = new Reimpl();
        Console.WriteLine(b2.Name());    // expect: Base2
        IName c = new Hider();
        Console.WriteLine(c.Name());     // expect: Base2
    }
}
