// `using static` imports static members of a type: Math methods and constants, Console, a user static class.
using static System.Math;
using static System.Console;
using static Util;

static class Util
{
    public const int Answer = 42;
    public static int Square(int x) { return x * x; }
}

class Program
{
    static void Main()
    {
        WriteLine(Max(3, 9));              // expect: 9
        WriteLine(Abs(-4));                // expect: 4
        WriteLine(Sqrt(16));               // expect: 4
        WriteLine(PI > 3.14 && PI < 3.15); // expect: True
        WriteLine(Square(Answer));         // expect: 1764
        Write("no newline");
        WriteLine();                       // expect: no newline
    }
}
