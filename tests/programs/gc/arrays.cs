// Arrays of references, jagged arrays, arrays of structs holding references, and general
// (rank 2) arrays of strings: the collector must trace each element kind.
using System;

struct Pair
{
    public string Name;
    public int Count;
    public object Boxed;
}

struct Outer
{
    public long Tag;
    public Pair Inner;
}

class Holder
{
    public int Before;
    public Pair P;
    public Outer O;
}

class Program
{
    static string Make(string prefix, int i)
    {
        return prefix + i;
    }

    static void Main()
    {
        string[] strings = new string[200];
        for (int i = 0; i < strings.Length; i++)
            strings[i] = Make("s", i);

        int[][] jagged = new int[30][];
        for (int i = 0; i < jagged.Length; i++)
        {
            jagged[i] = new int[i + 1];
            for (int j = 0; j <= i; j++)
                jagged[i][j] = i * j;
        }

        Pair[] pairs = new Pair[100];
        for (int i = 0; i < pairs.Length; i++)
        {
            pairs[i].Name = Make("p", i);
            pairs[i].Count = i;
            pairs[i].Boxed = i * 2;
        }

        Outer[] outers = new Outer[60];
        for (int i = 0; i < outers.Length; i++)
        {
            outers[i].Tag = i;
            outers[i].Inner.Name = Make("o", i);
            outers[i].Inner.Boxed = Make("b", i);
        }

        Holder h = new Holder();
        h.P.Name = Make("held", 1);
        h.O.Inner.Name = Make("held", 2);
        h.O.Inner.Boxed = new int[] { 1, 2, 3 };

        string[,] grid = new string[10, 12];
        for (int i = 0; i < 10; i++)
            for (int j = 0; j < 12; j++)
                grid[i, j] = Make("g", i * 12 + j);

        // Garbage in between, so freed cells get reused by what comes next.
        for (int i = 0; i < 300; i++)
        {
            string junk = Make("junk", i);
            object[] arr = new object[10];
            arr[0] = junk;
        }
        GC.Collect();
        for (int i = 0; i < 300; i++)
        {
            string junk = Make("more", i);
        }
        GC.Collect();

        long sum = 0;
        foreach (string s in strings)
            sum += s.Length;
        Console.WriteLine(strings[199] + " " + sum);

        long jsum = 0;
        for (int i = 0; i < jagged.Length; i++)
            for (int j = 0; j < jagged[i].Length; j++)
                jsum += jagged[i][j];
        Console.WriteLine(jsum);

        long psum = 0;
        for (int i = 0; i < pairs.Length; i++)
            psum += pairs[i].Name.Length + pairs[i].Count + (int)pairs[i].Boxed;
        Console.WriteLine(pairs[99].Name + " " + psum);

        long osum = 0;
        for (int i = 0; i < outers.Length; i++)
            osum += outers[i].Tag + outers[i].Inner.Name.Length + ((string)outers[i].Inner.Boxed).Length;
        Console.WriteLine(outers[59].Inner.Name + " " + outers[59].Inner.Boxed + " " + osum);

        int[] held = (int[])h.O.Inner.Boxed;
        Console.WriteLine(h.P.Name + " " + h.O.Inner.Name + " " + (held[0] + held[1] + held[2]));

        long gsum = 0;
        for (int i = 0; i < 10; i++)
            for (int j = 0; j < 12; j++)
                gsum += grid[i, j].Length;
        Console.WriteLine(grid[9, 11] + " " + gsum);
    }
}
// expect: s199 690
// expect: 98890
// expect: p99 15140
// expect: o59 b59 2110
// expect: held1 held2 6
// expect: g119 370
