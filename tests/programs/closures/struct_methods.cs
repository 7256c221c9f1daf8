// Closures in struct methods: static and instance methods of a struct whose lambdas capture locals and parameters (a copy of a field taken into a local, since this cannot be captured), and structs captured as locals.
using System;
using System.Collections.Generic;

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }

    public static Func<int, Point> Scaler(int dx, int dy)
    {
        int calls = 0;
        return k => { calls++; return new Point(dx * k + calls, dy * k); };
    }

    public Func<int, int> DistanceTo()
    {
        int x = X, y = Y;
        return ox => Math.Abs(ox - x) + Math.Abs(ox - y);
    }

    public Func<string> Snapshot(string label)
    {
        int x = X;
        int y = Y;
        Func<string> f = () => label + "(" + x + "," + y + ")";
        label = label.ToUpper();
        return f;
    }

    public void Move(int by)
    {
        int total = 0;
        Action<int> add = n => total += n * by;
        add(1);
        add(2);
        X += total;
        Y -= total;
    }

    public override string ToString() { return X + ":" + Y; }
}

struct Tally
{
    int count;
    public static Action<string> Recorder(List<string> log, string prefix)
    {
        int n = 0;
        return s => log.Add(prefix + (++n) + s);
    }
    public int Bump() { count++; return count; }
}

class Program
{
    static void Main()
    {
        Func<int, Point> sc = Point.Scaler(2, 3);
        Console.WriteLine(sc(1));
        Console.WriteLine(sc(10));

        var p = new Point(3, 7);
        Func<int, int> dist = p.DistanceTo();
        p.X = 100;
        Console.WriteLine(dist(5) + " " + p);

        Func<string> snap = p.Snapshot("pt");
        p.Y = -1;
        Console.WriteLine(snap() + " " + p);

        var q = new Point(1, 1);
        q.Move(5);
        Console.WriteLine(q);

        var log = new List<string>();
        Action<string> rec = Tally.Recorder(log, "#");
        rec("a"); rec("b");
        Console.WriteLine(string.Join(" ", log.ToArray()));

        // a struct local captured by a lambda: the closure and Main share the one variable
        var shared = new Point(0, 0);
        Action right = () => shared.X++;
        Func<string> show = () => shared.ToString();
        right(); right();
        shared.Y = 9;
        Console.WriteLine(show());

        // a struct with a mutating method, captured and mutated through the closure
        var t = new Tally();
        Func<int> bump = () => t.Bump();
        bump(); bump();
        Console.WriteLine(t.Bump());

        // copying a captured struct makes an independent value
        Point copy = shared;
        right();
        Console.WriteLine(copy + " " + show());

        // an array of structs captured: the closure writes through the array element
        Point[] pts = { new Point(1, 2), new Point(3, 4) };
        Action<int> shift = i => pts[i].X += 10;
        shift(0); shift(1); shift(1);
        Console.WriteLine(pts[0] + " " + pts[1]);
    }
}
// expect: 3:3
// expect: 22:30
// expect: 4 100:7
// expect: PT(100,7) 100:-1
// expect: 16:-14
// expect: #1a #2b
// expect: 2:9
// expect: 3
// expect: 2:9 3:9
// expect: 11:2 23:4
