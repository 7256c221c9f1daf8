// Class instances are references: assignment and argument passing share one object.
using System;

class Box
{
    public int V;
}

class Program
{
    static void Bump(Box b) { b.V++; }
    static void Replace(Box b) { b = new Box(); b.V = 100; }
    static void ReplaceRef(ref Box b) { b = new Box(); b.V = 200; }

    static void Main()
    {
        Box a = new Box();
        Box b = a;
        b.V = 7;
        Console.WriteLine(a.V);       // expect: 7
        Bump(a);
        Console.WriteLine(b.V);       // expect: 8
        Replace(a);
        Console.WriteLine(a.V);       // expect: 8
        ReplaceRef(ref a);
        Console.WriteLine(a.V + " " + b.V); // expect: 200 8
        Box[] boxes = new Box[2];
        boxes[0] = b; boxes[1] = b;
        boxes[0].V = 1;
        Console.WriteLine(boxes[1].V); // expect: 1
        Console.WriteLine(a == b);     // expect: False
    }
}
