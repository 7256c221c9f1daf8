// A ref or out parameter cannot be captured: the variable it points to may not outlive the call.
using System;

class Program
{
    static Func<int> Later(ref int n)
    {
        return () => n + 1; // error CS1628
    }

    static void Main()
    {
        int x = 1;
        Console.WriteLine(Later(ref x)());
    }
}
