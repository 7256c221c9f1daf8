"""Writes a C# program of N small methods (default 2,000, about 23,000 lines), each called
once from a Main of N calls: cold code, the shape of a large script or of a program's start.
A quarter of the methods have no loop; Main has none.

    python3 benches/gen_cold.py 2000 > cold.cs
"""
import sys
n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
out = ["using System;", "using System.Collections.Generic;", "", "class Program", "{"]
for i in range(n):
    k = i % 4
    out.append(f"    static int M{i}(int x)")
    out.append("    {")
    if k == 0:
        out += [f"        int s = {i};", "        for (int j = 0; j < x; j++)", "        {", f"            s += j * {i % 7 + 1};", "            if (s > 100000) s -= 99991;", "        }", "        return s;"]
    elif k == 1:
        out += [f"        var list = new List<int>();", "        for (int j = 0; j < x; j++) list.Add(j * j);", "        int s = 0;", "        foreach (int v in list) s += v % 13;", f"        s += {i};", "        return s;"]
    elif k == 2:
        out += [f"        string t = \"m{i}:\" + x;", "        int s = t.Length;", "        for (int j = 0; j < t.Length; j++)", "        {", "            s = s * 31 + t[j];", "        }", "        return s & 0xFFFF;"]
    else:
        out += [f"        double d = x * {i % 5 + 1}.5;", "        d = Math.Sqrt(d + 1.0);", "        int s = (int)d;", f"        if (s % 2 == 0) s += {i};", "        else s -= 3;", "        return s;"]
    out.append("    }")
    out.append("")
out.append("    static void Main()")
out.append("    {")
out.append("        long total = 0;")
for i in range(n):
    out.append(f"        total += M{i}({i % 10 + 3});")
out.append("        Console.WriteLine(total);")
out.append("    }")
out.append("}")
print("\n".join(out))
