// Default interface methods (C# 8): interface methods and properties with bodies serve the classes that do not implement them, through interface calls, in generic interfaces and with iterators inside; a class's own method wins, a derived class inherits its base's; static members of interfaces.
// hand-checked: C# 8 default interface methods; mcs 6.8 cannot compile them; output checked on CoreCLR 3.1 and Mono running Sharp's build
using System;
using System.Collections.Generic;

interface IShape
{
    double Area { get; }
    string Name => GetType().Name;
    string Describe() => Name + " with area " + Area.ToString("F2");
    static int Created;
    static string Unit() => "cm2";
}

interface ILogger
{
    void Write(string message);
    void Info(string message) => Write("[info] " + message);
    void Warn(string message) => Write("[warn] " + message);
}

interface ISeq<T>
{
    IEnumerable<T> Items();
    T FirstOr(T fallback)
    {
        foreach (var x in Items()) return x;
        return fallback;
    }
    int Count()
    {
        int n = 0;
        foreach (var _ in Items()) n++;
        return n;
    }
}

class Circle : IShape { public double R; public double Area => Math.PI * R * R; }
class Square : IShape { public double S; public double Area => S * S; public string Describe() => "a square of side " + S; }
class Tiny : Square { }

class ConsoleLogger : ILogger
{
    public void Write(string message) => Console.WriteLine(message);
    public void Warn(string message) => Console.WriteLine("WARNING " + message);
}

class Numbers : ISeq<int>
{
    public IEnumerable<int> Items() { yield return 4; yield return 5; }
}

class Empty : ISeq<string>
{
    public IEnumerable<string> Items() { yield break; }
}

class Program
{
    static void Main()
    {
        var shapes = new List<IShape> { new Circle { R = 1 }, new Square { S = 2 }, new Tiny { S = 1 } };
        foreach (var s in shapes) Console.WriteLine(s.Describe() + " / " + s.Name);
        Console.WriteLine(IShape.Unit());
        ILogger log = new ConsoleLogger();
        log.Info("started");
        log.Warn("low disk");
        ISeq<int> nums = new Numbers();
        Console.WriteLine(nums.FirstOr(-1) + " " + nums.Count());
        ISeq<string> none = new Empty();
        Console.WriteLine(none.FirstOr("none") + " " + none.Count());
    }
}
// expect: Circle with area 3.14 / Circle
// expect: a square of side 2 / Square
// expect: a square of side 1 / Tiny
// expect: cm2
// expect: [info] started
// expect: WARNING low disk
// expect: 4 2
// expect: none 0
