// object.ReferenceEquals: identity regardless of Equals/== overloads; boxed values are never reference-equal.
using System;

class Always
{
    public override bool Equals(object o) { return true; }
    public override int GetHashCode() { return 1; }
    public static bool operator ==(Always a, Always b) { return true; }
    public static bool operator !=(Always a, Always b) { return false; }
}

class Program
{
    static void Main()
    {
        Always a = new Always(), b = new Always();
        Console.WriteLine(a == b);                        // expect: True
        Console.WriteLine(a.Equals(b));                   // expect: True
        Console.WriteLine(ReferenceEquals(a, b));         // expect: False
        Console.WriteLine(object.ReferenceEquals(a, a));  // expect: True
        Console.WriteLine((object)a == (object)b);        // expect: False
        Console.WriteLine(ReferenceEquals(null, null));   // expect: True
        Console.WriteLine(ReferenceEquals(a, null));      // expect: False
        int n = 5;
        Console.WriteLine(ReferenceEquals(n, n));         // expect: False
        object boxed = n;
        Console.WriteLine(ReferenceEquals(boxed, boxed)); // expect: True
    }
}
