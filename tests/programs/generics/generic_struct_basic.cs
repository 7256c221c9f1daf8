// A generic struct: value semantics (copies are independent), default values, methods and properties.
using System;

struct Cell<T>
{
    public T Value;
    public int Writes;
    public Cell(T v) { Value = v; Writes = 0; }
    public void Put(T v) { Value = v; Writes++; }
    public T Peek { get { return Value; } }
    public override string ToString() { return "Cell<" + Value + "," + Writes + ">"; }
}

class Program
{
    static void Main()
    {
        Cell<int> a = new Cell<int>(5);
        Cell<int> b = a;
        b.Put(6);
        Console.WriteLine(a.Value); // expect: 5
        Console.WriteLine(b.Value); // expect: 6
        Console.WriteLine(a); // expect: Cell<5,0>
        Console.WriteLine(b); // expect: Cell<6,1>
        Cell<string> s = new Cell<string>();
        Console.WriteLine(s.Value == null); // expect: True
        Console.WriteLine(s.Writes); // expect: 0
        s.Put("x");
        s.Put("y");
        Console.WriteLine(s); // expect: Cell<y,2>
        Console.WriteLine(s.Peek); // expect: y
        Cell<Cell<int>> cc = new Cell<Cell<int>>(a);
        cc.Value.Put(99);
        Console.WriteLine(cc.Value.Value); // expect: 99
        Console.WriteLine(a.Value); // expect: 5
        Console.WriteLine(cc); // expect: Cell<Cell<99,1>,0>
        Cell<double> d = default(Cell<double>);
        Console.WriteLine(d.Value); // expect: 0
        Cell<int>[] arr = new Cell<int>[3];
        arr[1].Put(11);
        arr[2] = arr[1];
        arr[2].Put(12);
        Console.WriteLine(arr[0] + " " + arr[1] + " " + arr[2]); // expect: Cell<0,0> Cell<11,1> Cell<12,2>
    }
}
