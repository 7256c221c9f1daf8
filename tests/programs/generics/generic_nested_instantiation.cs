// Generic types instantiated with other constructed generic types: Box<Box<int>>, Box<Box<Box<string>>>, Pair<Box<int>, Box<string>>.
using System;

class Box<T>
{
    public T Value;
    public Box(T v) { Value = v; }
    public override string ToString() { return "Box(" + Value + ")"; }
}

class Pair<A, B>
{
    public A First;
    public B Second;
    public Pair(A a, B b) { First = a; Second = b; }
    public override string ToString() { return "<" + First + "; " + Second + ">"; }
}

class Program
{
    static void Main()
    {
        Box<Box<int>> bb = new Box<Box<int>>(new Box<int>(1));
        Console.WriteLine(bb); // expect: Box(Box(1))
        bb.Value.Value++;
        Console.WriteLine(bb.Value.Value); // expect: 2
        Box<Box<Box<string>>> bbb = new Box<Box<Box<string>>>(new Box<Box<string>>(new Box<string>("s")));
        Console.WriteLine(bbb); // expect: Box(Box(Box(s)))
        Console.WriteLine(bbb.Value.Value.Value.Length); // expect: 1
        Pair<Box<int>, Box<string>> p = new Pair<Box<int>, Box<string>>(new Box<int>(3), new Box<string>("t"));
        Console.WriteLine(p); // expect: <Box(3); Box(t)>
        Box<Pair<int, Box<char>>> bp = new Box<Pair<int, Box<char>>>(new Pair<int, Box<char>>(4, new Box<char>('z')));
        Console.WriteLine(bp); // expect: Box(<4; Box(z)>)
        Console.WriteLine(bp.Value.Second.Value); // expect: z
        Console.WriteLine(bb.GetType()); // expect: Box`1[Box`1[System.Int32]]
        Console.WriteLine(p.GetType()); // expect: Pair`2[Box`1[System.Int32],Box`1[System.String]]
        Console.WriteLine(typeof(Box<Pair<int, Box<char>>>)); // expect: Box`1[Pair`2[System.Int32,Box`1[System.Char]]]
        Box<int[]> ba = new Box<int[]>(new int[] { 1, 2, 3 });
        Console.WriteLine(ba.Value.Length); // expect: 3
        Console.WriteLine(ba.GetType()); // expect: Box`1[System.Int32[]]
        Box<Box<int>[]> bArr = new Box<Box<int>[]>(new Box<int>[] { new Box<int>(5) });
        Console.WriteLine(bArr.Value[0]); // expect: Box(5)
        object o = bb;
        Console.WriteLine(o is Box<Box<int>>); // expect: True
        Console.WriteLine(o is Box<Box<long>>); // expect: False
        Console.WriteLine(o is Box<int>); // expect: False
    }
}
