// A method that built an object, dropped it and then loops long: once the loop moves
// to optimised code mid-call (on-stack replacement), the slots of the suspended quick frame
// no longer keep that object alive.
// mono-differs: Mono scans stacks conservatively and keeps the object alive (0, False)
using System;

class Tracked
{
    public static int Finalized;
    public int[] Payload = new int[1000];
    ~Tracked() { Finalized++; }
}

static class Program
{
    static void Main() { Run(); }

    static void Run()
    {
        var t = new Tracked();
        Console.WriteLine(t.Payload.Length);
        t = null;
        long sum = 0;
        int seenAt = -1;
        for (int i = 0; i < 200000; i++)
        {
            sum += i % 7;
            if (i % 50000 == 49999 && seenAt < 0)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                if (Tracked.Finalized == 1) seenAt = i;
            }
        }
        Console.WriteLine(sum);
        Console.WriteLine(Tracked.Finalized);
        Console.WriteLine(seenAt >= 0);
    }
}
// expect: 1000
// expect: 599994
// expect: 1
// expect: True
