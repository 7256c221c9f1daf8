// Strings built by concatenation, substrings and case mapping; most are garbage at once, a few
// are kept in an array and checked after collections.
using System;

class Program
{
    static void Main()
    {
        string[] kept = new string[50];
        long hash = 0;
        for (int i = 0; i < 1500; i++)
        {
            string s = "item-" + i + "-" + (i * 7);
            string t = s.ToUpper().Substring(2);
            hash = (hash * 31 + t.Length + t[0]) % 1000000007;
            if (i % 30 == 0)
                kept[i / 30] = t;
            if (i % 500 == 499)
                GC.Collect();
        }
        string acc = "";
        for (int i = 0; i < 200; i++)
            acc = acc + (char)('a' + i % 26);
        GC.Collect();
        Console.WriteLine(hash);
        Console.WriteLine(kept[0] + " " + kept[49]);
        int total = 0;
        foreach (string k in kept)
            total += k.Length;
        Console.WriteLine(total);
        Console.WriteLine(acc.Length + " " + acc.Substring(190));
    }
}
// expect: 863128397
// expect: EM-0-0 EM-1470-10290
// expect: 556
// expect: 200 ijklmnopqr
