// Generic classes deriving from generic bases: D<T> : B<T>, E<T> : B<int>, F<A,B> : B<B>, with virtual overrides and base calls.
using System;

class B<T>
{
    public T Item;
    public B(T item) { Item = item; }
    public virtual string Show() { return "B(" + Item + ")"; }
    public T GetItem() { return Item; }
}

class D<T> : B<T>
{
    public D(T item) : base(item) { }
    public override string Show() { return "D:" + base.Show(); }
}

class E<T> : B<int>
{
    public T Extra;
    public E(int n, T extra) : base(n) { Extra = extra; }
    public override string Show() { return "E(" + Item + "," + Extra + ")"; }
}

class F<X, Y> : B<Y>
{
    public X Key;
    public F(X k, Y v) : base(v) { Key = k; }
    public override string Show() { return "F[" + Key + "]=" + base.Show(); }
}

class G : D<string>
{
    public G() : base("g") { }
    public override string Show() { return "G/" + base.Show(); }
}

class Program
{
    static string Call<T>(B<T> b) { return b.Show(); }

    static void Main()
    {
        D<int> d = new D<int>(5);
        Console.WriteLine(d.Show()); // expect: D:B(5)
        Console.WriteLine(d.GetItem() + 1); // expect: 6
        B<int> bd = d;
        Console.WriteLine(bd.Show()); // expect: D:B(5)
        E<string> e = new E<string>(7, "x");
        Console.WriteLine(e.Show()); // expect: E(7,x)
        Console.WriteLine(e.GetItem() * 2); // expect: 14
        B<int> be = e;
        Console.WriteLine(Call(be)); // expect: E(7,x)
        F<string, double> f = new F<string, double>("k", 0.5);
        Console.WriteLine(Call(f)); // expect: F[k]=B(0.5)
        Console.WriteLine(new G().Show()); // expect: G/D:B(g)
        Console.WriteLine(Call<string>(new G())); // expect: G/D:B(g)
        B<string> viaG = new G();
        Console.WriteLine(viaG.GetType() + " " + viaG.GetItem()); // expect: G g
        D<string> dg = (D<string>)viaG;
        Console.WriteLine(dg.Show()); // expect: G/D:B(g)
        B<double> bf = f;
        Console.WriteLine(bf.GetType()); // expect: F`2[System.String,System.Double]
        object o = new E<bool>(1, true);
        Console.WriteLine(o is B<int>); // expect: True
        Console.WriteLine(o is B<bool>); // expect: False
    }
}
