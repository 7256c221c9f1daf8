// Optional parameters of nullable types take constants of the underlying
// type, `null`, `default` and `new S()` (§15.6.2); a caller that omits
// them gets the value wrapped, or null.
using System;

enum Mode { Fast, Safe }

class Program
{
    static string Show(int? n = 5, Mode? m = Mode.Safe, double? d = null, long? z = new long(), bool? b = default(bool?))
    {
        return (n.HasValue ? n.ToString() : "null") + " " + (m.HasValue ? m.ToString() : "null") + " "
            + (d.HasValue ? d.ToString() : "null") + " " + z + " " + (b.HasValue ? "set" : "null");
    }

    static void Main()
    {
        Console.WriteLine(Show());
        Console.WriteLine(Show(null, null, 1.5, 9, true));
        Console.WriteLine(Show(m: Mode.Fast));
    }
}
// expect: 5 Safe null 0 null
// expect: null null 1.5 9 set
// expect: 5 Fast null 0 null
