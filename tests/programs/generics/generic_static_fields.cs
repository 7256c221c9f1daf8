// Static fields are per closed generic type: Counter<int>.Count and Counter<string>.Count are independent, including static fields of generic-type T.
using System;

class Counter<T>
{
    public static int Count;
    public static T Last;
    public static T[] History = new T[20];
    public Counter(T v) { History[Count] = v; Count++; Last = v; }
    public static string Report() { return typeof(T).Name + ": count=" + Count + " last=" + Last; }
}

class Derived : Counter<long>
{
    public Derived() : base(100) { }
}

class Program
{
    static int Touch<T>(T v) { new Counter<T>(v); return Counter<T>.Count; }

    static void Main()
    {
        Console.WriteLine(Counter<int>.Count + " " + Counter<string>.Count); // expect: 0 0
        new Counter<int>(1);
        new Counter<int>(2);
        new Counter<string>("a");
        Console.WriteLine(Counter<int>.Count); // expect: 2
        Console.WriteLine(Counter<string>.Count); // expect: 1
        Console.WriteLine(Counter<double>.Count); // expect: 0
        Console.WriteLine(Counter<int>.Report()); // expect: Int32: count=2 last=2
        Console.WriteLine(Counter<string>.Report()); // expect: String: count=1 last=a
        Console.WriteLine(Counter<object>.Last == null); // expect: True
        Counter<int>.Count = 10;
        Console.WriteLine(Touch(5)); // expect: 11
        Console.WriteLine(Touch("b")); // expect: 2
        Console.WriteLine(Touch('c')); // expect: 1
        Console.WriteLine(Counter<string>.History[0] + Counter<string>.History[1]); // expect: ab
        new Derived();
        new Derived();
        Console.WriteLine(Counter<long>.Count + " " + Counter<long>.Last); // expect: 2 100
        Counter<bool>.Last = true;
        Console.WriteLine(Counter<bool>.Report()); // expect: Boolean: count=0 last=True
        Console.WriteLine(Counter<Counter<int>>.Count); // expect: 0
    }
}
