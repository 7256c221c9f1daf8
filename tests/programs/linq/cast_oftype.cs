// Cast<T> and OfType<T> over non-generic and mixed collections: filtering by runtime type (including class hierarchies and boxed value types), Cast failing lazily with InvalidCastException, and OfType skipping nulls.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

class Shape { public virtual string Name { get { return "shape"; } } }
class Circle : Shape { public int R; public Circle(int r) { R = r; } public override string Name { get { return "circle" + R; } } }
class Square : Shape { public int S; public Square(int s) { S = s; } public override string Name { get { return "square" + S; } } }

class Program
{
    static void Main()
    {
        var bag = new ArrayList { 1, "two", 3.5, 4, null, "five", 'c', 6L };
        Console.WriteLine(string.Join(" ", bag.OfType<int>())); // expect: 1 4
        Console.WriteLine(string.Join(" ", bag.OfType<string>())); // expect: two five
        Console.WriteLine(bag.OfType<object>().Count() + " of " + bag.Count); // expect: 7 of 8
        Console.WriteLine(string.Join(" ", bag.OfType<IComparable>().Select(x => x.GetType().Name))); // expect: Int32 String Double Int32 String Char Int64

        var numbers = new ArrayList { 3, 1, 2 };
        IEnumerable<int> typed = numbers.Cast<int>();
        Console.WriteLine(string.Join(",", typed.OrderBy(n => n)) + " sum " + typed.Sum()); // expect: 1,2,3 sum 6

        // Cast is lazy: the bad element only fails when reached.
        var mixed = new object[] { "a", "b", 3, "d" };
        var strings = mixed.Cast<string>();
        Console.WriteLine("cast built"); // expect: cast built
        try
        {
            foreach (var s in strings) Console.WriteLine("got " + s);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("InvalidCastException");
        }
        // expect: got a
        // expect: got b
        // expect: InvalidCastException

        // Unboxing needs the exact type: a boxed long is not an int.
        try
        {
            Console.WriteLine(new object[] { 5L }.Cast<int>().First());
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("long is not int"); // expect: long is not int
        }

        var shapes = new List<Shape> { new Circle(2), new Square(3), new Shape(), new Circle(5), null };
        Console.WriteLine(string.Join(" ", shapes.OfType<Circle>().Select(c => c.Name))); // expect: circle2 circle5
        Console.WriteLine(shapes.OfType<Circle>().Sum(c => c.R) + " " + shapes.OfType<Square>().Single().S); // expect: 7 3
        Console.WriteLine(shapes.OfType<Shape>().Count() + " " + shapes.Count); // expect: 4 5
        Console.WriteLine(string.Join(" ", shapes.Where(s => s != null).Cast<object>().Select(o => o is Square))); // expect: False True False False

        // Upcasting with Cast, then back down with OfType.
        var circles = new[] { new Circle(1), new Circle(9) };
        IEnumerable<Shape> asShapes = circles.Cast<Shape>();
        Console.WriteLine(string.Join(" ", asShapes.Select(s => s.Name))); // expect: circle1 circle9
        Console.WriteLine(asShapes.OfType<Square>().Any()); // expect: False

        // Hashtable values are a non-generic collection too.
        var table = new Hashtable();
        table["k"] = 10;
        Console.WriteLine(table.Values.Cast<int>().Single() * 2); // expect: 20
    }
}
