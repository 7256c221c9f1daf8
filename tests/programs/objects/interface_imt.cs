// Interface dispatch through the interface method table (IMT, vm/src/imt.rs): an
// interface with more methods than the table has slots, so some of its methods share a
// slot, a second interface whose methods land on slots the first one uses, classes that
// implement both or one, a struct called through the interface (boxed), and a derived
// class that overrides. Every call must reach the right method.
using System;

interface IWide
{
    int M0();
    int M1();
    int M2();
    int M3();
    int M4();
    int M5();
    int M6();
    int M7();
    int M8();
    int M9();
    int M10();
    int M11();
    int M12();
    int M13();
    int M14();
    int M15();
    int M16();
    int M17();
    int M18();
    int M19();
}

interface INarrow
{
    int A();
    int B();
    int C();
}

class Both : IWide, INarrow
{
    readonly int k;
    public Both(int k) { this.k = k; }
    public virtual int M0() { return 0 * 10 + k; }
    public virtual int M1() { return 1 * 10 + k; }
    public virtual int M2() { return 2 * 10 + k; }
    public virtual int M3() { return 3 * 10 + k; }
    public virtual int M4() { return 4 * 10 + k; }
    public virtual int M5() { return 5 * 10 + k; }
    public virtual int M6() { return 6 * 10 + k; }
    public virtual int M7() { return 7 * 10 + k; }
    public virtual int M8() { return 8 * 10 + k; }
    public virtual int M9() { return 9 * 10 + k; }
    public virtual int M10() { return 10 * 10 + k; }
    public virtual int M11() { return 11 * 10 + k; }
    public virtual int M12() { return 12 * 10 + k; }
    public virtual int M13() { return 13 * 10 + k; }
    public virtual int M14() { return 14 * 10 + k; }
    public virtual int M15() { return 15 * 10 + k; }
    public virtual int M16() { return 16 * 10 + k; }
    public virtual int M17() { return 17 * 10 + k; }
    public virtual int M18() { return 18 * 10 + k; }
    public virtual int M19() { return 19 * 10 + k; }
    public int A() { return 1000 + k; }
    public int B() { return 2000 + k; }
    public int C() { return 3000 + k; }
}

class Derived : Both
{
    public Derived() : base(7) { }
    public override int M3() { return -3; }
    public override int M17() { return -17; }
}

class OnlyNarrow : INarrow
{
    public int A() { return 1; }
    public int B() { return 2; }
    public int C() { return 3; }
}

struct Point : INarrow
{
    public int X;
    public int A() { return X; }
    public int B() { return X * 2; }
    public int C() { X++; return X; }
}

static class Program
{
    static int SumWide(IWide w)
    {
        int s = 0;
        s += w.M0();
        s += w.M1();
        s += w.M2();
        s += w.M3();
        s += w.M4();
        s += w.M5();
        s += w.M6();
        s += w.M7();
        s += w.M8();
        s += w.M9();
        s += w.M10();
        s += w.M11();
        s += w.M12();
        s += w.M13();
        s += w.M14();
        s += w.M15();
        s += w.M16();
        s += w.M17();
        s += w.M18();
        s += w.M19();
        return s;
    }

    static string Narrow(INarrow n)
    {
        return n.A() + " " + n.B() + " " + n.C();
    }

    static void Main()
    {
        IWide[] wides = { new Both(1), new Derived(), new Both(2), new Derived() };
        for (int round = 0; round < 3; round++)
        {
            int total = 0;
            foreach (IWide w in wides) total += SumWide(w);
            Console.WriteLine("wide " + total);
        }
        INarrow[] narrows = { new Both(5), new OnlyNarrow(), new Derived(), new Point { X = 4 } };
        for (int round = 0; round < 2; round++)
        {
            foreach (INarrow n in narrows) Console.WriteLine(Narrow(n));
        }
        IWide d = new Derived();
        Console.WriteLine(d.M3() + " " + d.M17() + " " + d.M19());
        INarrow p = new Point { X = 10 };
        Console.WriteLine(p.C() + " " + p.C() + " " + p.A());
    }
}
// expect: wide 7472
// expect: wide 7472
// expect: wide 7472
// expect: 1005 2005 3005
// expect: 1 2 3
// expect: 1007 2007 3007
// expect: 4 8 5
// expect: 1005 2005 3005
// expect: 1 2 3
// expect: 1007 2007 3007
// expect: 5 10 6
// expect: -3 -17 197
// expect: 11 12 12
