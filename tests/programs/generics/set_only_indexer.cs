// An indexer with only a setter can be assigned through the class and
// through an interface that inherits it; its index and receiver are
// evaluated once, before the value.
using System;

interface IWrite<T>
{
    T this[int i] { set; }
}

interface ILog<T> : IWrite<T>
{
}

class Log<T> : ILog<T>
{
    public readonly T[] Slots = new T[3];
    public T this[int i] { set { Slots[i] = value; Console.WriteLine("set " + i + " = " + value); } }
}

class Program
{
    static int Index(int i) { Console.WriteLine("index " + i); return i; }

    static void Main()
    {
        var log = new Log<string>();
        log[0] = "zero";
        ILog<string> through = log;
        through[Index(2)] = "two";
        IWrite<string> w = log;
        string v = w[1] = "one";
        Console.WriteLine(v + " " + string.Join(",", log.Slots));
    }
}
// expect: set 0 = zero
// expect: index 2
// expect: set 2 = two
// expect: set 1 = one
// expect: one zero,one,two
