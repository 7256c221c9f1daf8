// new S() and default(S) are all-zero; default for struct fields, arrays of structs, nested structs.
using System;

struct Inner
{
    public int A;
    public bool B;
    public string S;
}

struct Outer
{
    public Inner In;
    public double D;
    public long L;
    public char C;
}

class Program
{
    static void Main()
    {
        Outer o = new Outer();
        Console.WriteLine(o.In.A + " " + o.In.B + " " + (o.In.S == null)); // expect: 0 False True
        Console.WriteLine(o.D + " " + o.L + " " + (int)o.C);             // expect: 0 0 0
        Inner d = default(Inner);
        Console.WriteLine(d.A);                                           // expect: 0
        Outer[] many = new Outer[3];
        many[2].In.A = 4;
        Console.WriteLine(many[0].In.A + many[2].In.A);                   // expect: 4
        Inner reset = new Inner();
        reset.A = 9;
        reset = new Inner();
        Console.WriteLine(reset.A);                                       // expect: 0
    }
}
