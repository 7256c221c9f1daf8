// Static fields are shared by all instances (and with derived classes); instance fields are per object.
using System;

class Base
{
    public static int Instances;
    public int Serial;
    public Base() { Instances++; Serial = Instances; }
}

class Derived : Base { }

class Program
{
    static void Main()
    {
        Base a = new Base();
        Base b = new Derived();
        Derived c = new Derived();
        Console.WriteLine(Base.Instances);        // expect: 3
        Console.WriteLine(Derived.Instances);     // expect: 3
        Console.WriteLine(a.Serial + " " + b.Serial + " " + c.Serial); // expect: 1 2 3
        Derived.Instances = 10;
        Console.WriteLine(Base.Instances);        // expect: 10
    }
}
