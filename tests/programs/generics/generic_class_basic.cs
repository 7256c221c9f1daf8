// A generic class Box<T> instantiated with int, string and a user class: fields, properties, methods.
using System;

class Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}

class Box<T>
{
    private T value;
    public Box(T v) { value = v; }
    public T Value { get { return value; } set { this.value = value; } }
    public T Get() { return value; }
    public void Set(T v) { value = v; }
    public bool Has(T v) { return object.Equals(value, v); }
    public override string ToString() { return "Box(" + value + ")"; }
}

class Program
{
    static void Main()
    {
        Box<int> bi = new Box<int>(42);
        Console.WriteLine(bi.Get()); // expect: 42
        bi.Set(7);
        Console.WriteLine(bi.Value); // expect: 7
        bi.Value = bi.Value * 3;
        Console.WriteLine(bi.Get() + 1); // expect: 22
        Console.WriteLine(bi.Has(21)); // expect: True
        Console.WriteLine(bi.Has(22)); // expect: False
        Console.WriteLine(bi); // expect: Box(21)

        Box<string> bs = new Box<string>("hello");
        Console.WriteLine(bs.Get().ToUpper()); // expect: HELLO
        bs.Value = bs.Value + " world";
        Console.WriteLine(bs.Value.Length); // expect: 11
        Console.WriteLine(bs); // expect: Box(hello world)
        bs.Set(null);
        Console.WriteLine(bs.Get() == null); // expect: True
        Console.WriteLine(bs); // expect: Box()

        Box<Point> bp = new Box<Point>(new Point(1, 2));
        bp.Value.X = 10;
        Console.WriteLine(bp.Get().X + bp.Get().Y); // expect: 12
        Console.WriteLine(bp); // expect: Box((10,2))

        Box<double> bd = new Box<double>(1.5);
        Console.WriteLine(bd.Get() * 2); // expect: 3
        Box<char> bc = new Box<char>('z');
        Console.WriteLine(bc.Get()); // expect: z
        Box<bool> bb = new Box<bool>(true);
        Console.WriteLine(!bb.Get()); // expect: False
    }
}
