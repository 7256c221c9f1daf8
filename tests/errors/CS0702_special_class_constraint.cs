// System.Array is a special class that cannot be used as a constraint.
using System;

class Holder<T> where T : Array // error CS0702
{
    public T Items;
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new Holder<int[]>().Items == null);
    }
}
