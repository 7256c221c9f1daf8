// A method with loops starts as quick code; a call that loops long moves to optimised code
// at a loop head, mid-call (on-stack replacement). Each shape below loops well past the
// point where that happens, and must behave as if nothing moved: locals, struct arguments
// and results, `this` of a struct, generic code, objects kept across the move, exception
// clauses around the loop, and recursion where a deeper call moves before its caller does.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

struct Vec
{
    public long X, Y;
    public Vec(long x, long y) { X = x; Y = y; }

    // `this` is a managed pointer: the loop updates the caller's struct through it.
    public void Spin(int n)
    {
        for (int i = 0; i < n; i++) { X += i & 3; Y ^= i; }
    }
}

class Node
{
    public int Value;
    public Node Next;
}

class Program
{
    // A struct argument whose fields the loop updates in place, returned by value.
    static Vec Walk(Vec v, int n)
    {
        for (int i = 0; i < n; i++) { v.X += i % 3; v.Y -= 1; }
        return v;
    }

    static T Last<T>(List<T> items)
    {
        T last = default(T);
        foreach (T t in items) last = t;
        return last;
    }

    // Objects made before and during the loop stay reachable through locals only.
    static int Chain(int n)
    {
        Node head = null;
        for (int i = 0; i < n; i++) head = new Node { Value = i, Next = head };
        int sum = 0, count = 0;
        for (Node p = head; p != null; p = p.Next) { sum += p.Value & 7; count++; }
        return sum + count;
    }

    // The loop head is inside the try: the move enters the try, and the catch and finally
    // of this method still apply, once each.
    static long CaughtInside(int n)
    {
        long s = 0;
        try
        {
            for (int i = 0; i < n; i++)
            {
                s += i;
                if (i == n - 1) throw new InvalidOperationException("last " + i);
            }
        }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); s = -s; }
        finally { Console.WriteLine("finally of CaughtInside"); }
        return s;
    }

    // The loop moves inside the try, leaves it normally, and then throws: the catch must
    // not take it, and the finally runs once.
    static int ThrowsAfterTry(int n)
    {
        int s = 0;
        try
        {
            for (int i = 0; i < n; i++) s += i & 1;
        }
        catch (Exception) { Console.WriteLine("wrongly caught"); }
        finally { Console.WriteLine("finally of ThrowsAfterTry"); }
        if (s > 0) throw new ArgumentException("after the try: " + s);
        return s;
    }

    // Each call loops a little; the count is shared by all calls, so a later call moves.
    static int Short(int n)
    {
        int s = 0;
        for (int i = 0; i < n; i++) s += i;
        return s;
    }

    // Not inlined into Main, whose loops are optimised at once: quick code itself, so that its
    // calls of Short are calls.
    [MethodImpl(MethodImplOptions.NoInlining)]
    static long ManyShort()
    {
        long total = 0;
        for (int k = 0; k < 200; k++) total += Short(40);
        return total;
    }

    // The deepest call loops longest and moves first; its callers then move at their
    // own loop heads when their calls return.
    static long Nest(int depth)
    {
        long s = 0;
        for (int i = 0; i < 600; i++)
        {
            s += i * depth;
            if (i == 300 && depth > 0) s += Nest(depth - 1);
        }
        return s;
    }

    // The index is negative for the first 3,000 iterations, each of which throws and is
    // caught. Optimised code that drops the check of `a[i]` (the loop's guard proves
    // `i < a.Length`, and the move's entry must prove `i >= 0`) may only be entered once the
    // index is no longer negative: until then the call stays in quick code.
    static long NegativeStart(int[] a)
    {
        long s = 0;
        int i = -3000;
        for (; i < a.Length; i++)
        {
            try { s += a[i]; }
            catch (IndexOutOfRangeException) { s--; }
        }
        return s;
    }

    // A loop over an array's indexes, long enough to move: the moved loop drops its bounds
    // checks, and still sums every element.
    static long SumAll(int[] a, int rounds)
    {
        long s = 0;
        for (int r = 0; r < rounds; r++)
            for (int i = 0; i < a.Length; i++) s += a[i];
        return s;
    }

    // Moves in its loop, then goes on to the rest of its code. (Main's own loops are
    // compiled optimised at once.)
    static string Harmonic(int n)
    {
        double h = 0;
        for (int i = 1; i <= n; i++) h += 1.0 / i;
        return h.ToString("F6");
    }

    static void Main()
    {
        Console.WriteLine(Walk(new Vec(1, 2), 100000).X); // expect: 100000
        Console.WriteLine(Walk(new Vec(1, 2), 100000).Y); // expect: -99998

        var v = new Vec(0, 0);
        v.Spin(50000);
        Console.WriteLine(v.X + " " + v.Y); // expect: 75000 0

        var words = new List<string>();
        for (int i = 0; i < 5000; i++) words.Add("w" + i);
        Console.WriteLine(Last(words)); // expect: w4999

        Console.WriteLine(Chain(20000)); // expect: 90000

        Console.WriteLine(CaughtInside(5000));
        // expect: caught last 4999
        // expect: finally of CaughtInside
        // expect: -12497500

        try { ThrowsAfterTry(5000); }
        catch (ArgumentException e) { Console.WriteLine(e.Message); }
        // expect: finally of ThrowsAfterTry
        // expect: after the try: 2500

        Console.WriteLine(ManyShort()); // expect: 156000

        Console.WriteLine(Nest(4)); // expect: 1797000

        var numbers = new int[5000];
        for (int i = 0; i < numbers.Length; i++) numbers[i] = i % 10;
        Console.WriteLine(NegativeStart(numbers)); // expect: 19500
        Console.WriteLine(SumAll(numbers, 40)); // expect: 900000

        Console.WriteLine(Harmonic(1000000)); // expect: 14.392727
    }
}
