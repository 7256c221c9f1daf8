// using-alias directives naming closed generic types (using IntBox = Box<int>;), used for declarations, construction, typeof and static members.
using System;
using IntBox = Box<int>;
using NamePair = Pair<string, string>;
using BoxOfBoxes = Box<Box<int>>;

class Box<T>
{
    public static int Made;
    public T Value;
    public Box(T v) { Value = v; Made++; }
}

class Pair<A, B>
{
    public A First;
    public B Second;
    public Pair(A a, B b) { First = a; Second = b; }
}

class Program
{
    static IntBox Twice(IntBox b) { return new IntBox(b.Value * 2); }

    static void Main()
    {
        IntBox b = new IntBox(21);
        Console.WriteLine(Twice(b).Value); // expect: 42
        Box<int> same = b;
        Console.WriteLine(same.Value); // expect: 21
        Console.WriteLine(typeof(IntBox)); // expect: Box`1[System.Int32]
        Console.WriteLine(typeof(IntBox) == typeof(Box<int>)); // expect: True
        Console.WriteLine(IntBox.Made); // expect: 2
        NamePair p = new NamePair("Ada", "Lovelace");
        Console.WriteLine(p.First + " " + p.Second); // expect: Ada Lovelace
        Console.WriteLine(p.GetType()); // expect: Pair`2[System.String,System.String]
        BoxOfBoxes bb = new BoxOfBoxes(b);
        Console.WriteLine(bb.Value.Value); // expect: 21
        Console.WriteLine(BoxOfBoxes.Made + " " + IntBox.Made); // expect: 1 2
        object o = bb;
        Console.WriteLine(o is BoxOfBoxes); // expect: True
        IntBox[] arr = { b, Twice(b) };
        Console.WriteLine(arr[1].Value + " " + IntBox.Made); // expect: 42 3
    }
}
