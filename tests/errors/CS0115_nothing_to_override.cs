// `override` on a method with no suitable method to override in any base class.
class Base
{
    public virtual void Run(int x) { }
}

class Derived : Base
{
    public override void Run(string s) { } // error CS0115
}

class Program
{
    static void Main() { new Derived().Run(1); }
}
