// A generic class cannot implement both I<T> and I<int>, because they would be the same interface when T is int.
using System;

interface ISink<T>
{
    void Put(T x);
}

class Both<T> : ISink<T>, ISink<int> // error CS0695
{
    public void Put(T x) { }
    public void Put(int x) { }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new Both<string>() != null);
    }
}
