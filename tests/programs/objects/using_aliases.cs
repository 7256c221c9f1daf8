// using aliases for a namespace and for a type: `using Sys = System;`, `using IO = System.IO;`, `using Pt = ...;`.
using Sys = System;
using IO = System.IO;
using Con = System.Console;
using Pt = Shapes.Point;

namespace Shapes
{
    class Point { public int X = 3; }
}

class Program
{
    static void Main()
    {
        Sys.Console.WriteLine("alias");                 // expect: alias
        Con.WriteLine(Sys.Math.Max(3, 8));              // expect: 8
        Pt p = new Pt();
        Con.WriteLine(p.X);                             // expect: 3
        Con.WriteLine(IO.Path.GetFileName("/a/b/c.txt")); // expect: c.txt
        Con.WriteLine(typeof(Pt).FullName);             // expect: Shapes.Point
        Sys.Int32 n = 5;
        Con.WriteLine(n * 2);                           // expect: 10
    }
}
