// Generic types used as field types (instance and static), locals, parameters and return types.
using System;

class Box<T>
{
    public T Value;
    public Box(T v) { Value = v; }
}

class Registry
{
    public Box<int> Count = new Box<int>(0);
    public Box<string> Name;
    public static Box<double> Shared = new Box<double>(0.5);
    public Box<Box<int>> Nested = new Box<Box<int>>(new Box<int>(1));

    public Box<string> Rename(Box<string> b) { Name = b; Count.Value++; return Name; }
}

class Program
{
    static Box<char> staticField;

    static Box<int> Make(int v) { return new Box<int>(v); }

    static void Main()
    {
        Registry r = new Registry();
        Console.WriteLine(r.Count.Value); // expect: 0
        Console.WriteLine(r.Name == null); // expect: True
        Box<string> b = r.Rename(new Box<string>("first"));
        Console.WriteLine(b.Value + " " + r.Count.Value); // expect: first 1
        r.Rename(new Box<string>("second"));
        Console.WriteLine(r.Name.Value + " " + r.Count.Value); // expect: second 2
        Console.WriteLine(b.Value); // expect: first
        Console.WriteLine(Registry.Shared.Value); // expect: 0.5
        Registry.Shared.Value += 1;
        Console.WriteLine(Registry.Shared.Value); // expect: 1.5
        r.Nested.Value.Value += 41;
        Console.WriteLine(r.Nested.Value.Value); // expect: 42
        Console.WriteLine(staticField == null); // expect: True
        staticField = new Box<char>('k');
        Console.WriteLine(staticField.Value); // expect: k
        Box<int> local = Make(3);
        Box<int> alias = local;
        alias.Value = 4;
        Console.WriteLine(local.Value); // expect: 4
        Box<int> other = Make(4);
        Console.WriteLine(local == other); // expect: False
        Console.WriteLine(local == alias); // expect: True
        Console.WriteLine(local.Value == other.Value); // expect: True
    }
}
