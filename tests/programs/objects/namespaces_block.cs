// Block namespaces: nested and dotted namespace declarations, qualified names, same type name in two namespaces.
using System;

namespace Geometry
{
    class Point { public override string ToString() { return "Geometry.Point"; } }

    namespace Solid
    {
        class Point { public override string ToString() { return "Solid.Point"; } }
        class Cube { public Point Corner = new Point(); }
    }
}

namespace Geometry.Flat
{
    class Square { public Geometry.Point Origin = new Geometry.Point(); }
}

namespace App
{
    using Geometry.Solid;

    class Program
    {
        static void Main()
        {
            Console.WriteLine(new Geometry.Point());          // expect: Geometry.Point
            Console.WriteLine(new Point());                   // expect: Solid.Point
            Console.WriteLine(new Cube().Corner);             // expect: Solid.Point
            Console.WriteLine(new Geometry.Flat.Square().Origin); // expect: Geometry.Point
            Console.WriteLine(typeof(Program).FullName);      // expect: App.Program
        }
    }
}
