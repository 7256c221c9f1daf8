// Overloaded < > <= >= on a struct used in conditions and a small sort; true/false operators in an if.
using System;

struct Grade
{
    public int Score;
    public Grade(int s) { Score = s; }
    public static bool operator <(Grade a, Grade b) { return a.Score < b.Score; }
    public static bool operator >(Grade a, Grade b) { return a.Score > b.Score; }
    public static bool operator <=(Grade a, Grade b) { return a.Score <= b.Score; }
    public static bool operator >=(Grade a, Grade b) { return a.Score >= b.Score; }
    public static bool operator true(Grade g) { return g.Score >= 50; }
    public static bool operator false(Grade g) { return g.Score < 50; }
}

class Program
{
    static void Main()
    {
        Grade a = new Grade(70), b = new Grade(40);
        Console.WriteLine(a > b);         // expect: True
        Console.WriteLine(a < b);         // expect: False
        Console.WriteLine(a >= a);        // expect: True
        Console.WriteLine(b <= a);        // expect: True
        if (a) Console.WriteLine("a passes");   // expect: a passes
        if (b) Console.WriteLine("b passes"); else Console.WriteLine("b fails"); // expect: b fails
        Grade[] gs = { new Grade(5), new Grade(90), new Grade(30), new Grade(60) };
        for (int i = 0; i < gs.Length; i++)
            for (int j = i + 1; j < gs.Length; j++)
                if (gs[j] < gs[i]) { Grade t = gs[i]; gs[i] = gs[j]; gs[j] = t; }
        foreach (Grade g in gs) Console.Write(g.Score + ";");
        Console.WriteLine();              // expect: 5;30;60;90;
    }
}
