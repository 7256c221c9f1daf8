// Calling an instance method (virtual or not) or reading a string's Length on null raises NullReferenceException.
// mono-differs: Mono's runtime-raised NullReferenceException message has no final period
using System;

class Thing
{
    public int Plain() { return 1; }
    public virtual int Virt() { return 2; }
}

class Program
{
    static void Main()
    {
        Thing t = null;
        string s = null;
        try { t.Plain(); Console.WriteLine("plain not caught"); }
        catch (NullReferenceException) { Console.WriteLine("plain"); } // expect: plain
        try { t.Virt(); }
        catch (NullReferenceException) { Console.WriteLine("virtual"); } // expect: virtual
        try { Console.WriteLine(s.Length); }
        catch (NullReferenceException) { Console.WriteLine("string length"); } // expect: string length
        try { Console.WriteLine(s.ToUpper()); }
        catch (NullReferenceException e) { Console.WriteLine(e.Message); } // expect: Object reference not set to an instance of an object.
    }
}
