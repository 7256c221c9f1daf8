// An exception thrown inside a virtual override or an interface method reaches the caller's handler.
using System;

interface IStep
{
    void Run();
}

class Base
{
    public virtual void Go() { Console.WriteLine("base go"); }
}

class Failing : Base, IStep
{
    public override void Go() { throw new NotImplementedException(); }
    public void Run() { throw new NotSupportedException("run"); }
}

class Program
{
    static void Main()
    {
        Base b = new Failing();
        try { b.Go(); }
        catch (NotImplementedException e) { Console.WriteLine(e.Message); } // expect: The method or operation is not implemented.
        IStep s = new Failing();
        try { s.Run(); }
        catch (NotSupportedException e) { Console.WriteLine("interface: " + e.Message); } // expect: interface: run
    }
}
