// Closures inside generic methods would need display classes with type parameters of their
// own, which Sharp does not build yet: the capture is reported, not miscompiled.
using System;

class Program
{
    static Func<T> Constant<T>(T value)
    {
        return () => value; // error CS8652
    }

    static void Main()
    {
        Console.WriteLine(Constant(5)());
    }
}
