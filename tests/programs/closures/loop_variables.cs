// Closures in loops: a loop-body local is a fresh variable per iteration, a for variable is one variable shared by all iterations, while/do loops get a fresh body local each pass.
using System;
using System.Collections.Generic;

class Program
{
    static string RunAll(List<Func<int>> fs)
    {
        string s = "";
        foreach (Func<int> f in fs) s += f() + " ";
        return s.Trim();
    }

    static void Main()
    {
        // per-iteration body local
        var perIter = new List<Func<int>>();
        for (int i = 0; i < 4; i++)
        {
            int copy = i * i;
            perIter.Add(() => copy);
        }
        Console.WriteLine(RunAll(perIter));

        // the for variable is shared: all see its final value
        var shared = new List<Func<int>>();
        for (int i = 0; i < 4; i++) shared.Add(() => i);
        Console.WriteLine(RunAll(shared));

        // a for variable modified through a closure changes the loop
        int steps = 0;
        Action bump = null;
        for (int k = 0; k < 20; k++)
        {
            if (bump == null) bump = () => k += 5;
            bump();
            steps++;
        }
        Console.WriteLine(steps);

        // while loop with locals declared in the body
        var whiles = new List<Func<int>>();
        int n = 0;
        while (n < 3)
        {
            int local = n * 10;
            int other = local + 1;
            whiles.Add(() => local + other);
            n++;
        }
        Console.WriteLine(RunAll(whiles));

        // the while condition variable is declared outside: shared
        var outer = new List<Func<int>>();
        int m = 0;
        while (m < 3) { outer.Add(() => m); m++; }
        Console.WriteLine(RunAll(outer));

        // do-while body local, mutated by its own closure
        var incs = new List<Func<int>>();
        int d = 0;
        do
        {
            int cell = d;
            incs.Add(() => ++cell);
            d++;
        } while (d < 3);
        Console.WriteLine(RunAll(incs));
        Console.WriteLine(RunAll(incs));

        // nested loops: inner body local plus outer body local
        var grid = new List<Func<int>>();
        for (int r = 0; r < 2; r++)
        {
            int row = r;
            for (int c = 0; c < 3; c++)
            {
                int col = c;
                grid.Add(() => row * 10 + col);
            }
        }
        Console.WriteLine(RunAll(grid));

        // a body local captured and updated inside the same iteration
        var late = new List<Func<string>>();
        for (int i = 0; i < 3; i++)
        {
            string label = "x";
            late.Add(() => label);
            label = label + i;
        }
        foreach (var f in late) Console.Write(f() + ";");
        Console.WriteLine();

        // break out of the loop: captured shared variable keeps the break value
        Func<int> atBreak = null;
        int j;
        for (j = 0; j < 100; j++)
        {
            if (atBreak == null) atBreak = () => j;
            if (j * j > 50) break;
        }
        Console.WriteLine(atBreak());
    }
}
// expect: 0 1 4 9
// expect: 4 4 4 4
// expect: 4
// expect: 1 21 41
// expect: 3 3 3
// expect: 1 2 3
// expect: 2 3 4
// expect: 0 1 2 10 11 12
// expect: x0;x1;x2;
// expect: 8
