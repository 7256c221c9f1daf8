// == and != overloaded in pairs with Equals/GetHashCode overrides; null handling inside the operator.
using System;

class Version
{
    public int Major, Minor;
    public Version(int a, int b) { Major = a; Minor = b; }

    public static bool operator ==(Version a, Version b)
    {
        if (ReferenceEquals(a, b)) return true;
        if ((object)a == null || (object)b == null) return false;
        return a.Major == b.Major && a.Minor == b.Minor;
    }
    public static bool operator !=(Version a, Version b) { return !(a == b); }
    public override bool Equals(object o) { return this == (o as Version); }
    public override int GetHashCode() { return Major * 1000 + Minor; }
}

class Program
{
    static void Main()
    {
        Version a = new Version(1, 2), b = new Version(1, 2), c = new Version(2, 0);
        Console.WriteLine(a == b);                // expect: True
        Console.WriteLine(a != b);                // expect: False
        Console.WriteLine(a == c);                // expect: False
        Console.WriteLine(a != c);                // expect: True
        Version n = null;
        Console.WriteLine(n == null);             // expect: True
        Console.WriteLine(a == null);             // expect: False
        Console.WriteLine(a.Equals(b));           // expect: True
        Console.WriteLine(a.GetHashCode() == b.GetHashCode()); // expect: True
        object oa = a, ob = b;
        Console.WriteLine(oa == ob);              // expect: False
    }
}
