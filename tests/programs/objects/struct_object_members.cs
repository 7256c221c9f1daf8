// Struct defaults from ValueType: Equals compares fields, ToString prints the type name; a ToString override wins.
using System;

struct Pair
{
    public int A, B;
    public Pair(int a, int b) { A = a; B = b; }
}

struct Named
{
    public int V;
    public override string ToString() { return "Named(" + V + ")"; }
}

class Program
{
    static void Main()
    {
        Pair p = new Pair(1, 2), q = new Pair(1, 2), r = new Pair(2, 1);
        Console.WriteLine(p.Equals(q));                          // expect: True
        Console.WriteLine(p.Equals(r));                          // expect: False
        Console.WriteLine(p.Equals((object)q));                  // expect: True
        Console.WriteLine(p.GetHashCode() == q.GetHashCode());   // expect: True
        Console.WriteLine(p);                                    // expect: Pair
        Console.WriteLine(p.ToString());                         // expect: Pair
        Named n = new Named();
        n.V = 3;
        Console.WriteLine(n);                                    // expect: Named(3)
        Console.WriteLine("" + n);                               // expect: Named(3)
        Console.WriteLine(p.GetType().Name);                     // expect: Pair
    }
}
