// A virtual or interface call on a reference whose static type is a sealed
// class has one possible target, which the VM calls directly (and may
// inline); it must be the method dispatch would have found, and a null
// receiver still throws.
using System;
using System.Collections.Generic;

interface IShape
{
    double Area();
    string Name { get; }
}

class Shape : IShape
{
    public virtual double Area() => 0;
    public virtual string Name => "shape";
    public virtual string Describe() => Name + " " + Area();
}

sealed class Square : Shape
{
    readonly double side;
    public Square(double side) { this.side = side; }
    public override double Area() => side * side;
    // Name is inherited from Shape: the devirtualized call reaches the base method.
    public override string ToString() => "Square(" + side + ")";
}

sealed class Tagged : IComparable<Tagged>, IEquatable<Tagged>
{
    public readonly int Tag;
    public Tagged(int tag) { Tag = tag; }
    // Explicit implementation: only reachable through the interface.
    int IComparable<Tagged>.CompareTo(Tagged other) => Tag.CompareTo(other.Tag);
    public bool Equals(Tagged other) => other != null && other.Tag == Tag;
    public override bool Equals(object obj) => Equals(obj as Tagged);
    public override int GetHashCode() => Tag % 7;
}

class Program
{
    static T Smaller<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b) <= 0 ? a : b;

    static void Main()
    {
        Square s = new Square(3);
        Console.WriteLine(s.Area());
        Console.WriteLine(s.Name);
        Console.WriteLine(s.Describe());
        Console.WriteLine(s.ToString());
        Console.WriteLine(s.GetHashCode() == ((object)s).GetHashCode());
        IShape i = s;
        Console.WriteLine(i.Area() + " " + i.Name);

        Console.WriteLine(Smaller(new Tagged(5), new Tagged(2)).Tag);
        Console.WriteLine(Smaller("pear", "apple"));

        var set = new HashSet<Tagged> { new Tagged(1), new Tagged(8), new Tagged(1) };
        Console.WriteLine(set.Count + " " + set.Contains(new Tagged(8)) + " " + set.Contains(new Tagged(15)));
        var names = new Dictionary<string, int> { { "one", 1 }, { "two", 2 } };
        Console.WriteLine(names["two"] + " " + names.ContainsKey("three"));

        string text = "abc";
        Console.WriteLine(text.Equals("abc") + " " + text.GetHashCode().Equals("abc".GetHashCode()));

        Square none = null;
        try
        {
            Console.WriteLine(none.Area());
        }
        catch (NullReferenceException)
        {
            Console.WriteLine("null receiver");
        }
    }
}
// expect: 9
// expect: shape
// expect: shape 9
// expect: Square(3)
// expect: True
// expect: 9 shape
// expect: 2
// expect: apple
// expect: 2 True False
// expect: 2 False
// expect: True True
// expect: null receiver
