// [MethodImpl] is a pseudo-attribute: it sets the method's ImplFlags
// (ECMA-335 II.23.1.11) and is not a custom attribute at run time.
using System;
using System.Runtime.CompilerServices;

class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static int AddOne(int x) { return x + 1; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static int Twice(int x) { return x * 2; }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
    static int Both(int x) { return x - 1; }

    [MethodImpl((short)8)]
    int Instance() { return 7; }

    static void Main()
    {
        Console.WriteLine(AddOne(1) + Twice(2) + Both(3));
        Console.WriteLine(new Program().Instance());
        Console.WriteLine(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveInlining);
    }
}

// expect: 8
// expect: 7
// expect: NoInlining, AggressiveInlining
