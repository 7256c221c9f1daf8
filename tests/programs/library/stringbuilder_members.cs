// StringBuilder's members beyond Append(string): Append for every primitive, decimal, char
// ranges, string ranges and other builders; AppendJoin, AppendLine, Insert for every type
// (with a repeat count too), Remove, Replace over a range, the indexer, Length (which pads
// with '\0' when grown), ToString(start, length), CopyTo and Equals; and Capacity, which
// grows as .NET's chain of chunks does (a new chunk as large as the text so far, up to 8000).
using System;
using System.Text;

class StringBuilderMembers
{
    static void Main()
    {
        var sb = new StringBuilder();
        sb.Append(true).Append(' ').Append((byte)255).Append(' ').Append((sbyte)-8).Append(' ').Append((short)-300).Append(' ').Append((ushort)65535);
        sb.Append(' ').Append(-7).Append(' ').Append(7u).Append(' ').Append(-9L).Append(' ').Append(9UL).Append(' ').Append(1.5f).Append(' ').Append(0.1).Append(' ').Append(12.50m);
        Console.WriteLine(sb); // expect: True 255 -8 -300 65535 -7 7 -9 9 1.5 0.1 12.50
        sb.Clear();
        sb.Append(new[] { 'a', 'b', 'c', 'd' }, 1, 2).Append("0123456", 2, 3).Append('-', 3).Append((object)null).Append((string)null).Append(new StringBuilder("xyz"), 1, 2);
        Console.WriteLine(sb + " " + sb.Length); // expect: bc234---yz 10
        sb.Clear().AppendJoin(", ", "a", null, 3).Append(" | ").AppendJoin('/', new[] { "x", "y" }).Append(" | ").AppendJoin("+", new System.Collections.Generic.List<int> { 1, 2, 3 });
        Console.WriteLine(sb); // expect: a, , 3 | x/y | 1+2+3
        sb.Clear().AppendLine("one").AppendLine().Append("two");
        Console.WriteLine(sb.ToString().Replace("\n", "\\n")); // expect: one\n\ntwo
        sb.Clear().Append("[]");
        sb.Insert(1, 42).Insert(1, ' ').Insert(1, 2.5).Insert(1, true).Insert(1, 'c').Insert(1, (object)"o").Insert(1, new[] { 'x', 'y' }).Insert(1, "ab", 3).Insert(1, 7m).Insert(1, (long)-1).Insert(1, new[] { 'p', 'q', 'r' }, 1, 1);
        Console.WriteLine(sb); // expect: [q-17abababxyocTrue2.5 42]
        sb.Remove(1, 3).Replace("ab", "AB", 0, 6).Replace('b', '#').Replace("x", "", 0, sb.Length);
        Console.WriteLine(sb); // expect: [7ABABa#yocTrue2.5 42]
        sb[0] = '{';
        sb[sb.Length - 1] = '}';
        Console.WriteLine(sb + " " + sb[1] + " " + sb.ToString(4, 4)); // expect: {7ABABa#yocTrue2.5 42} 7 ABa#
        sb.Length = 3;
        sb.Length = 5;
        Console.WriteLine(sb.ToString().Replace('\0', '0') + " " + sb.Length); // expect: {7A00 5
        char[] dest = new char[6];
        sb.CopyTo(1, dest, 2, 3);
        Console.WriteLine("[" + new string(dest).Replace('\0', '.') + "]"); // expect: [..7A..]
        Console.WriteLine(new StringBuilder("abc").Equals(new StringBuilder("abc")) + " " + new StringBuilder("abc").Equals(new StringBuilder("abd")) + " " + new StringBuilder("a").Equals((StringBuilder)null)); // expect: True False False
        var c = new StringBuilder();
        Console.Write(c.Capacity + " " + c.MaxCapacity);
        c.Append('x', 16);
        Console.Write(" " + c.Capacity);
        c.Append('x');
        Console.Write(" " + c.Capacity);
        c.Append(new string('y', 100));
        Console.Write(" " + c.Capacity);
        c.Append(new string('z', 20000));
        Console.WriteLine(" " + c.Capacity + " " + c.Length); // expect: 16 2147483647 16 32 117 20117 20117
        c.Clear();
        Console.Write(c.Capacity + " " + c.Length);
        c.Append("abc");
        Console.WriteLine(" " + c.EnsureCapacity(100) + " " + c.EnsureCapacity(20000) + " " + c.Capacity); // expect: 20117 0 20117 20117 20117
        var d = new StringBuilder("hello", 5);
        Console.Write(d.Capacity);
        d.Insert(0, "> ");
        Console.Write(" " + d.Capacity);
        d.Capacity = 7;
        Console.Write(" " + d.Capacity);
        d.Append("!!");
        Console.WriteLine(" " + d.Capacity + " " + d + " " + new StringBuilder(0).Capacity + " " + new StringBuilder("x", 1, 0, 0).Capacity + " " + new StringBuilder(40, 50).MaxCapacity); // expect: 5 7 7 14 > hello!! 16 16 50
    }
}
