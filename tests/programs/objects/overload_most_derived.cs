// Overload resolution keeps only the methods of the most derived types
// that have an applicable one (C# spec §12.6.4.1): a derived method that
// applies wins over a base method that matches better, an override counts
// as declared in the base, and the same holds across interfaces.
using System;

class A
{
    public void M(int x) { Console.WriteLine("A.M(int)"); }
    public virtual void V(int x) { Console.WriteLine("A.V(int)"); }
}

class B : A
{
    public void M(double x) { Console.WriteLine("B.M(double)"); }
    public override void V(int x) { Console.WriteLine("B.V(int) override"); }
    public void V(double x) { Console.WriteLine("B.V(double)"); }
}

class C : A
{
    public void M(params int[] x) { Console.WriteLine("C.M(params) " + x.Length); }
}

class D : B
{
    public void M(string s) { Console.WriteLine("D.M(string)"); }
}

interface IA<T> { T Method(int index); }
interface IB { void Method(int index); }
interface IC : IA<string>, IB { void Method(params int[] index); }

class Impl : IC
{
    void IC.Method(params int[] index) { Console.WriteLine("IC.Method " + index.Length); }
    string IA<string>.Method(int index) { return "IA"; }
    void IB.Method(int index) { Console.WriteLine("IB.Method"); }
}

class Table<T>
{
    public string this[T key] { get { return "this[T]"; } }
    public string this[object key] { get { return "this[object]"; } }
}

class Program
{
    static void Main()
    {
        new B().M(1);
        new C().M(1);
        new B().V(1);
        ((A)new B()).V(1);
        new D().M(1);
        new D().M("s");
        IC ic = new Impl();
        ic.Method(1);
        Console.WriteLine(((IA<string>)ic).Method(1));
        Console.WriteLine(new Table<object>()[4] + " " + new Table<int>()[4]);
    }
}
// expect: B.M(double)
// expect: C.M(params) 1
// expect: B.V(double)
// expect: B.V(int) override
// expect: B.M(double)
// expect: D.M(string)
// expect: IC.Method 1
// expect: IA
// expect: this[object] this[T]
