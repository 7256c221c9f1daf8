// `new` hides an inherited member: the static type of the reference picks the method, the field, the property.
using System;

class Base
{
    public string Tag = "base-field";
    public string Hello() { return "Base.Hello"; }
    public virtual string V() { return "Base.V"; }
    public string Prop { get { return "Base.Prop"; } }
}

class Derived : Base
{
    public new string Tag = "derived-field";
    public new string Hello() { return "Derived.Hello"; }
    public new virtual string V() { return "Derived.V"; }
    public new string Prop { get { return "Derived.Prop"; } }
}

class Program
{
    static void Main()
    {
        Derived d = new Derived();
        Base b = d;
        Console.WriteLine(d.Hello());   // expect: Derived.Hello
        Console.WriteLine(b.Hello());   // expect: Base.Hello
        Console.WriteLine(d.V());       // expect: Derived.V
        Console.WriteLine(b.V());       // expect: Base.V
        Console.WriteLine(d.Tag);       // expect: derived-field
        Console.WriteLine(b.Tag);       // expect: base-field
        Console.WriteLine(d.Prop + " " + b.Prop); // expect: Derived.Prop Base.Prop
    }
}
