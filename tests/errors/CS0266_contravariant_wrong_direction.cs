// An IProducer<object> does not implicitly convert to IProducer<string> (covariance only goes from string to object).
using System;

interface IProducer<out T>
{
    T Produce();
}

class ObjectMaker : IProducer<object>
{
    public object Produce() { return new object(); }
}

class Program
{
    static void Main()
    {
        IProducer<object> po = new ObjectMaker();
        IProducer<string> ps = po; // error CS0266
        Console.WriteLine(ps);
    }
}
