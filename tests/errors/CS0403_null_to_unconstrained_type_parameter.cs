// null cannot be converted to an unconstrained type parameter T (it might be a value type).
using System;

class Slot<T>
{
    T value;
    public void Clear()
    {
        value = null; // error CS0403
    }
}

class Program
{
    static void Main()
    {
        new Slot<int>().Clear();
        Console.WriteLine("done");
    }
}
