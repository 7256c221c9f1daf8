// Nested types: an inner class reads the outer's private static field and private members of an outer instance;
// Outer.Inner used from outside; a nested struct and enum.
using System;

class Outer
{
    private static int secret = 42;
    private int mine = 7;

    public class Inner
    {
        public int Reveal() { return secret; }
        public int Peek(Outer o) { return o.mine; }
    }

    public enum Mode { Fast, Slow }

    public struct Pair { public int A, B; }

    private class Hidden { public string Hi() { return "hidden"; } }

    public string UseHidden() { return new Hidden().Hi(); }

    public class Level1 { public class Level2 { public string Where() { return "deep " + secret; } } }
}

class Program
{
    static void Main()
    {
        Outer.Inner i = new Outer.Inner();
        Console.WriteLine(i.Reveal());                    // expect: 42
        Console.WriteLine(i.Peek(new Outer()));           // expect: 7
        Outer.Mode m = Outer.Mode.Slow;
        Console.WriteLine(m);                             // expect: Slow
        Outer.Pair p = new Outer.Pair();
        p.A = 3;
        Console.WriteLine(p.A + p.B);                     // expect: 3
        Console.WriteLine(new Outer().UseHidden());       // expect: hidden
        Console.WriteLine(new Outer.Level1.Level2().Where()); // expect: deep 42
    }
}
