// I<List<T>> and I<U> become the same interface when U is List<T>.
using System.Collections.Generic;

interface ISink<T>
{
    void Put(T x);
}

class Two<T, U> : ISink<List<T>>, ISink<U> // error CS0695
{
    public void Put(List<T> x) { }
    public void Put(U x) { }
}

class Program
{
    static void Main() { }
}
