// Allocates many megabytes in total (the argument, in MiB) while holding little live data: a
// ring of the last 64 buffers and a short list. With a collector, memory stays flat; the
// integration test stdlib/tests/gc_memory.rs runs it with a large total and checks peak RSS.
using System;

class Cell
{
    public Cell Next;
    public int[] Data;
}

class Program
{
    static void Main(string[] args)
    {
        long totalMiB = args.Length > 0 ? int.Parse(args[0]) : 16;
        long budget = totalMiB * 1024 * 1024;
        int[][] ring = new int[64][];
        Cell list = null;
        int listLength = 0;
        long allocated = 0;
        long checksum = 0;
        int i = 0;
        while (allocated < budget)
        {
            int[] buffer = new int[1000 + (i % 7) * 100];
            buffer[0] = i;
            buffer[buffer.Length - 1] = i * 3;
            allocated += 16 + 4 * buffer.Length;
            int[] old = ring[i % 64];
            if (old != null)
                checksum += old[0] + old[old.Length - 1];
            ring[i % 64] = buffer;
            if (i % 16 == 0)
            {
                double[] large = new double[2048];
                large[2047] = i;
                allocated += 16 + 8 * large.Length;
                checksum += (long)large[2047] % 3;
            }
            Cell c = new Cell();
            c.Data = buffer;
            c.Next = list;
            list = c;
            listLength++;
            allocated += 48;
            if (listLength == 100)
            {
                list = null;
                listLength = 0;
            }
            i++;
        }
        Console.WriteLine(checksum % 1000000007);
        Console.WriteLine(i);
    }
}
// expect: 13546178
// expect: 2667
