// GetType() on instances of generic classes and structs (including boxed ones), and inside generic methods on T values.
using System;

class Box<T>
{
    public T Value;
    public Box(T v) { Value = v; }
    public string WhatAmI() { return GetType().ToString(); }
    public string ContentType() { return Value == null ? "null" : Value.GetType().ToString(); }
}

class SubBox : Box<string>
{
    public SubBox() : base("sub") { }
}

struct Wrap<T>
{
    public T Value;
}

class Program
{
    static string Runtime<T>(T x) { return x.GetType() + " (static " + typeof(T).Name + ")"; }

    static void Main()
    {
        Box<int> b = new Box<int>(1);
        Console.WriteLine(b.GetType()); // expect: Box`1[System.Int32]
        Console.WriteLine(b.GetType().Name); // expect: Box`1
        Console.WriteLine(b.WhatAmI()); // expect: Box`1[System.Int32]
        Console.WriteLine(b.ContentType()); // expect: System.Int32
        Box<object> bo = new Box<object>("str");
        Console.WriteLine(bo.ContentType()); // expect: System.String
        bo.Value = null;
        Console.WriteLine(bo.ContentType()); // expect: null
        Box<string> s = new SubBox();
        Console.WriteLine(s.GetType()); // expect: SubBox
        Console.WriteLine(s.WhatAmI()); // expect: SubBox
        Wrap<long> w = new Wrap<long>();
        Console.WriteLine(w.GetType()); // expect: Wrap`1[System.Int64]
        object boxed = w;
        Console.WriteLine(boxed.GetType()); // expect: Wrap`1[System.Int64]
        Console.WriteLine(Runtime(5)); // expect: System.Int32 (static Int32)
        Console.WriteLine(Runtime<object>(5)); // expect: System.Int32 (static Object)
        Console.WriteLine(Runtime<Box<string>>(new SubBox())); // expect: SubBox (static Box`1)
        Console.WriteLine(Runtime(w)); // expect: Wrap`1[System.Int64] (static Wrap`1)
        Console.WriteLine(Runtime(new Box<Wrap<char>>(new Wrap<char>()))); // expect: Box`1[Wrap`1[System.Char]] (static Box`1)
        Console.WriteLine(b.GetType() == typeof(Box<int>)); // expect: True
        Console.WriteLine(s.GetType() == typeof(Box<string>)); // expect: False
    }
}
