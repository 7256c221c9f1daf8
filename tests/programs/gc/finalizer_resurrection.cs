// A finalizer that stores `this` somewhere reachable brings its object
// back: the object and what it references survive the collection intact.
// Its finalizer does not run again unless GC.ReRegisterForFinalize asks.
using System;
using System.Runtime.CompilerServices;

class Phoenix
{
    public static Phoenix saved;
    public static int runs;
    public int[] feathers = new int[] { 1, 2, 3 };
    public string name;

    ~Phoenix()
    {
        runs++;
        saved = this;
    }
}

class Program
{
    // Not inlined: the dropped object's last reference must be in a frame that returns.
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Release(string name)
    {
        Phoenix p = new Phoenix();
        p.name = name;
    }

    // Overwrites the stack where the returned methods' frames were with small integers, so
    // that a runtime scanning the stack conservatively (Sharp, Mono) finds no stale pointer
    // to the objects these tests drop.
    static int Burn(int n)
    {
        int a = n, b = n + 1, c = n + 2, d = n + 3, e = n + 4, f = n + 5, g = n + 6, h = n + 7;
        return n == 0 ? 0 : Burn(n - 1) + a + b + c + d + e + f + g + h;
    }

    // Main calls Burn itself, then Collect: from the frame that called Release, so that the
    // burnt area covers Release's old frame. A helper doing both would put its own frame
    // there, partly unwritten, unless a JIT inlined it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Reregister()
    {
        Phoenix back = Phoenix.saved;
        Console.WriteLine(Phoenix.runs + " " + back.name);
        GC.ReRegisterForFinalize(back);
        Phoenix.saved = null;
    }

    static void Main()
    {
        Release("first");
        Burn(200);
        Collect();
        Console.WriteLine(Phoenix.runs + " " + Phoenix.saved.name); // expect: 1 first
        int sum = 0;
        foreach (int f in Phoenix.saved.feathers) sum += f;
        Console.WriteLine("feathers " + sum); // expect: feathers 6

        // Unreachable again, but its finalizer has run: no second run.
        Phoenix.saved = null;
        Burn(200);
        Collect();
        Console.WriteLine("runs " + Phoenix.runs); // expect: runs 1

        Release("second");
        Burn(200);
        Collect();
        Reregister(); // expect: 2 second
        Burn(200);
        Collect();
        Console.WriteLine(Phoenix.runs + " " + Phoenix.saved.name); // expect: 3 second
        GC.SuppressFinalize(Phoenix.saved);
    }
}
