// System.Guid equality, hash codes (.NET Core 3.1's XOR of the four 32-bit words), CompareTo's
// unsigned field-by-field order (which sorts GUIDs as their strings sort) and NewGuid: random
// version-4 GUIDs with the RFC 4122 variant, all distinct, that round-trip through text.
using System;
using System.Collections.Generic;

class GuidCompareNew
{
    static void Main()
    {
        var a = new Guid("ca761232-ed42-11ce-bacd-00aa0057b223");
        var b = Guid.Parse("{CA761232-ED42-11CE-BACD-00AA0057B223}");
        var c = new Guid("ca761232-ed42-11ce-bacd-00aa0057b224");
        Console.WriteLine((a == b) + " " + (a != b) + " " + a.Equals(b) + " " + a.Equals((object)b) + " " + (a == c) + " " + (a != c)); // expect: True False True True False True
        Console.WriteLine(a.Equals(null) + " " + a.Equals((object)a.ToString()) + " " + (Guid.Empty == new Guid()) + " " + Guid.Empty.Equals(new Guid(new byte[16]))); // expect: False False True True
        Console.WriteLine(a.GetHashCode() + " " + c.GetHashCode() + " " + Guid.Empty.GetHashCode() + " " + (a.GetHashCode() == b.GetHashCode())); // expect: 1376413130 1426744778 0 True
        Console.WriteLine(new Guid(-1, -1, -1, 255, 255, 255, 255, 255, 255, 255, 255).GetHashCode() + " " + new Guid(0x12345678, 0x1111, 0x2222, 1, 2, 3, 4, 5, 6, 7, 8).GetHashCode()); // expect: 0 1007829869

        // Each field compares as unsigned, so a set sign bit sorts last.
        var low = new Guid(0x7fffffff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        var high = new Guid(unchecked((int)0x80000000), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        var shortHigh = new Guid(0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        var byteHigh = new Guid(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 200);
        Console.WriteLine(low.CompareTo(high) + " " + high.CompareTo(low) + " " + shortHigh.CompareTo(byteHigh) + " " + byteHigh.CompareTo(Guid.Empty) + " " + a.CompareTo(b)); // expect: -1 1 1 1 0
        Console.WriteLine(a.CompareTo(c) + " " + c.CompareTo((object)a) + " " + a.CompareTo(null)); // expect: -1 1 1
        try
        {
            a.CompareTo("ca761232-ed42-11ce-bacd-00aa0057b223");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + " " + e.ParamName); // expect: ArgumentException value
        }

        var list = new List<Guid> { high, a, byteHigh, Guid.Empty, shortHigh, low, c };
        list.Sort();
        var keys = new List<string>();
        foreach (var g in list) keys.Add(g.ToString("N").Substring(0, 12) + g.ToString("N").Substring(30));
        Console.WriteLine(string.Join(" ", keys)); // expect: 00000000000000 000000000000c8 00000000ffff00 7fffffff000000 80000000000000 ca761232ed4223 ca761232ed4224
        var set = new HashSet<Guid> { a, b, c, Guid.Empty, new Guid() };
        Console.WriteLine(set.Count + " " + set.Contains(Guid.Parse(c.ToString("X")))); // expect: 3 True

        // NewGuid: the version nibble is 4 and the variant bits 10, in the string and the bytes.
        var n = Guid.NewGuid();
        string d = n.ToString();
        byte[] bytes = n.ToByteArray();
        Console.WriteLine(d.Length + " " + d[14] + " " + ("89ab".IndexOf(d[19]) >= 0) + " " + (bytes[7] >> 4) + " " + (bytes[8] >> 6)); // expect: 36 4 True 4 2
        Console.WriteLine((Guid.Parse(d) == n) + " " + (new Guid(bytes) == n) + " " + (Guid.ParseExact(n.ToString("X"), "X") == n) + " " + (n != Guid.Empty)); // expect: True True True True
        var seen = new HashSet<Guid>();
        int versioned = 0;
        int[] nibbleSeen = new int[16];
        for (int i = 0; i < 1000; i++)
        {
            var g = Guid.NewGuid();
            seen.Add(g);
            var bs = g.ToByteArray();
            if ((bs[7] & 0xf0) == 0x40 && (bs[8] & 0xc0) == 0x80) versioned++;
            nibbleSeen[bs[0] & 0xf]++;
        }
        int nibbles = 0;
        foreach (int count in nibbleSeen) if (count > 0) nibbles++;
        Console.WriteLine(seen.Count + " " + versioned + " " + nibbles); // expect: 1000 1000 16
    }
}
