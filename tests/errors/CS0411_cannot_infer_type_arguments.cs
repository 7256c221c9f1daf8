// Type arguments of a generic method cannot be inferred when T appears only in the return type.
// (mcs reports CS0305 for this call; Roslyn reports CS0411.)
using System;

class Program
{
    static T Make<T>() where T : new() { return new T(); }

    static void Main()
    {
        object o = Make(); // error CS0411
        Console.WriteLine(o);
    }
}
