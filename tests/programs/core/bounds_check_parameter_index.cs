// A bounds check whose index is a parameter stays: the caller may pass anything, even where
// a guard `i < a.Length` dominates the access (the JIT's loop-bounds proof needs the index to
// be a loop counter that starts at zero or above).
class Program
{
    static int At(int[] a, int i)
    {
        int s = 0;
        if (i < a.Length) s = a[i];
        return s;
    }

    static int Pick(int[] a, int i)
    {
        return i < a.Length ? a[i] : 0;
    }

    static int Loop(int[] a, int start)
    {
        int s = 0;
        for (int i = start; i < a.Length; i++) s += a[i];
        return s;
    }

    static void Main()
    {
        int[] a = { 1, 2, 3 };
        int total = 0;
        // Enough calls that the method is compiled optimised.
        for (int k = 0; k < 100; k++) total += At(a, k % 3) + Pick(a, k % 3) + Loop(a, 0);
        System.Console.WriteLine(total);
        try { System.Console.WriteLine(At(a, -1)); } catch (System.IndexOutOfRangeException) { System.Console.WriteLine("At(-1): IndexOutOfRangeException"); }
        try { System.Console.WriteLine(Pick(a, -1)); } catch (System.IndexOutOfRangeException) { System.Console.WriteLine("Pick(-1): IndexOutOfRangeException"); }
        try { System.Console.WriteLine(Loop(a, -2)); } catch (System.IndexOutOfRangeException) { System.Console.WriteLine("Loop(-2): IndexOutOfRangeException"); }
    }
}
// expect: 998
// expect: At(-1): IndexOutOfRangeException
// expect: Pick(-1): IndexOutOfRangeException
// expect: Loop(-2): IndexOutOfRangeException
