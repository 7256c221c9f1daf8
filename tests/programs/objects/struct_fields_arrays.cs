// Struct fields inside classes and arrays of structs: a[i].X = 5 and obj.S.X = 5 mutate in place.
using System;

struct Cell
{
    public int X;
    public int Y;
    public void Bump() { X++; Y++; }
}

class Holder
{
    public Cell C;
    public Cell[] Cells = new Cell[2];
}

class Program
{
    static void Main()
    {
        Cell[] a = new Cell[3];
        a[1].X = 5;
        a[1].Bump();
        a[2].Y += 7;
        Console.WriteLine(a[1].X + " " + a[1].Y + " " + a[2].Y); // expect: 6 1 7
        Holder h = new Holder();
        h.C.X = 3;
        h.C.Bump();
        Console.WriteLine(h.C.X + " " + h.C.Y);                  // expect: 4 1
        h.Cells[0].X = 11;
        h.Cells[0].Bump();
        Console.WriteLine(h.Cells[0].X);                         // expect: 12
        Cell copy = h.C;
        copy.X = 100;
        Console.WriteLine(h.C.X);                                // expect: 4
        foreach (Cell c in a) Console.Write(c.X + ",");
        Console.WriteLine();                                     // expect: 0,6,0,
    }
}
