// A struct held by a property is a copy: a nested object initializer
// cannot set its members.
struct Point { public int X; }

class Holder
{
    public Point P { get; set; }
}

class Program
{
    static void Main()
    {
        var h = new Holder { P = { X = 1 } }; // error CS1918
    }
}
