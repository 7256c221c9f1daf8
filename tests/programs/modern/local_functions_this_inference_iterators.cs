// Local functions: one that uses only instance members is an instance method; calls to local functions inside lambdas that need type inference or overload resolution; iterator local functions (static, or capturing only this).
// hand-checked: static local functions are C# 8; mcs 6.8 cannot compile them; output checked on CoreCLR 3.1 and Mono running Sharp's build
using System;
using System.Collections.Generic;
using System.Linq;

class Grid
{
    int width = 5;
    int Height => 3;
    public int Cells()
    {
        int Area() => width * Height;
        return Area();
    }
    public int Wrap(int v)
    {
        return Mod(v);
        int Mod(int x) => ((x % width) + width) % width;
    }
    public IEnumerable<int> Row()
    {
        return Gen();
        IEnumerable<int> Gen()
        {
            for (int i = 0; i < width; i++) yield return i * Height;
        }
    }
}

class Program
{
    static R Map<T, R>(T x, Func<T, R> f) => f(x);

    static void Main()
    {
        var g = new Grid();
        Console.WriteLine(g.Cells() + " " + g.Wrap(-1) + " " + string.Join(",", g.Row()));
        var xs = new[] { 4, 6 };
        int Sq(int x) => x * x;
        Console.WriteLine(xs.Count(t => Sq(t) > 20));
        Console.WriteLine(xs.Select(t => Sq(t)).Sum());
        Console.WriteLine(Map(5, t => Sq(t)));
        static IEnumerable<string> Words(string s)
        {
            foreach (var w in s.Split(' ')) yield return w.ToUpper();
        }
        IEnumerable<int> Count(int n) { for (int i = 0; i < n; i++) yield return i; }
        Console.WriteLine(string.Join("|", Words("a bc")) + " " + string.Join(",", Count(3)));
    }
}
// expect: 15 4 0,3,6,9,12
// expect: 1
// expect: 52
// expect: 25
// expect: A|BC 0,1,2
