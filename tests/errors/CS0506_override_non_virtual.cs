// Overriding a method that is not virtual, abstract or override.
class Base
{
    public void Run() { }
}

class Derived : Base
{
    public override void Run() { } // error CS0506
}

class Program
{
    static void Main() { new Derived().Run(); }
}
