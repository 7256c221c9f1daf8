// A type argument without a public parameterless constructor used for a type parameter with the new() constraint.
using System;

class NeedsArg
{
    public NeedsArg(int x) { }
}

class Factory<T> where T : new()
{
    public T Make() { return new T(); }
}

class Program
{
    static void Main()
    {
        object f = new Factory<NeedsArg>(); // error CS0310
        Console.WriteLine(f);
    }
}
