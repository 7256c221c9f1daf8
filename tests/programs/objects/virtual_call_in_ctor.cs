// A virtual call from a base constructor reaches the derived override before the derived ctor body ran;
// derived field initializers have already run, constructor-assigned fields are still default.
using System;

class Base
{
    public Base() { Console.WriteLine("Base sees: " + Describe()); }
    public virtual string Describe() { return "base"; }
}

class Derived : Base
{
    string init = "initialized";
    string assigned;
    int n;
    public Derived() { assigned = "assigned"; n = 5; Console.WriteLine("Derived sees: " + Describe()); }
    public override string Describe() { return init + "/" + (assigned ?? "null") + "/" + n; }
}

class Program
{
    static void Main()
    {
        new Derived();
        // expect: Base sees: initialized/null/0
        // expect: Derived sees: initialized/assigned/5
    }
}
