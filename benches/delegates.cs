// Delegates: n records (a struct-free class with two keys) sorted with
// List<T>.Sort(Comparison<T>) given a lambda that compares by one key, then
// by the other (the comparison is called about n log n times through a
// delegate); then a Func<int, int> lambda that captures a local, invoked
// 20 times per record in a hot loop. Prints the first, middle and last
// record and the loop's sum.
using System;
using System.Collections.Generic;

class Record
{
    public int Key;
    public int Id;
    public Record(int key, int id) { Key = key; Id = id; }
}

static class Delegates
{
    static int Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 1000000;
        var records = new List<Record>(n);
        uint seed = 7;
        for (int i = 0; i < n; i++)
        {
            seed = seed * 1664525 + 1013904223;
            records.Add(new Record((int)(seed >> 8) % 100000, i));
        }
        records.Sort((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Id.CompareTo(b.Id));
        int step = 3;
        Func<int, int> next = x => (x * 31 + step) & 0xFFFF;
        long sum = 0;
        for (int i = 0; i < n; i++)
        {
            int v = records[i].Key;
            for (int k = 0; k < 20; k++) v = next(v);
            sum += v;
        }
        Record first = records[0], mid = records[n / 2], last = records[n - 1];
        Console.WriteLine(first.Key + ":" + first.Id + " " + mid.Key + ":" + mid.Id + " " + last.Key + ":" + last.Id);
        Console.WriteLine(sum);
        return 0;
    }
}
