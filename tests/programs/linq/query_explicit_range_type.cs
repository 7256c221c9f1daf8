// Query expressions with explicitly typed range variables (`from string s in list`, `join int k in …`), which insert a Cast<T>(): querying an ArrayList and object arrays, casting to a base class or interface, and InvalidCastException when an element does not fit.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

class Vehicle { public string Plate; public Vehicle(string plate) { Plate = plate; } }
class Truck : Vehicle { public int Tons; public Truck(string plate, int tons) : base(plate) { Tons = tons; } }

class Program
{
    static void Main()
    {
        var names = new ArrayList { "delta", "alpha", "charlie", "bravo" };
        var sorted = from string n in names orderby n select n.ToUpper();
        Console.WriteLine(string.Join(" ", sorted)); // expect: ALPHA BRAVO CHARLIE DELTA

        var counts = new ArrayList { 3, 9, 4 };
        var doubled = from int c in counts where c > 3 select c * 2;
        Console.WriteLine(string.Join(" ", doubled) + " sum " + (from int c in counts select c).Sum()); // expect: 18 8 sum 16

        // Typed range variable over an already-typed sequence: an upcast to an interface.
        var list = new List<string> { "x", "yy" };
        var comparables = from IComparable c in list select c.CompareTo("y");
        Console.WriteLine(string.Join(" ", comparables)); // expect: -1 1

        object[] fleet = { new Truck("TR-1", 12), new Vehicle("CAR-1"), new Truck("TR-2", 30) };
        var plates = from Vehicle v in fleet select v.Plate;
        Console.WriteLine(string.Join(" ", plates)); // expect: TR-1 CAR-1 TR-2

        // join with a typed inner range variable.
        var ids = new ArrayList { 2, 3 };
        var lookup = new[] { "zero", "one", "two", "three" };
        var joined = from i in Enumerable.Range(0, 4)
                     join int k in ids on i equals k
                     select lookup[i];
        Console.WriteLine(string.Join(" ", joined)); // expect: two three

        // A second typed from.
        var groups = new ArrayList { new ArrayList { 1, 2 }, new ArrayList { 3 } };
        var flat = from ArrayList g in groups from int x in g select x * 100;
        Console.WriteLine(string.Join(" ", flat)); // expect: 100 200 300

        // The cast happens lazily, element by element.
        var mixed = new ArrayList { "ok", "fine", 42, "never" };
        var strings = from string s in mixed select s.Length;
        Console.WriteLine("query built"); // expect: query built
        try
        {
            foreach (var len in strings) Console.WriteLine("len " + len);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("InvalidCastException at the int");
        }
        // expect: len 2
        // expect: len 4
        // expect: InvalidCastException at the int

        // A typed from over trucks only fails on the plain vehicle.
        try
        {
            var tons = from Truck t in fleet select t.Tons;
            Console.WriteLine(tons.First());
            Console.WriteLine(tons.Sum());
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("not every vehicle is a truck");
        }
        // expect: 12
        // expect: not every vehicle is a truck

        // OfType is the forgiving alternative.
        Console.WriteLine((from t in fleet.OfType<Truck>() select t.Tons).Sum()); // expect: 42
    }
}
