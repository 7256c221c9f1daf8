// Comparing an unconstrained T with null: false for non-nullable value types, real null checks for references; also != null and null-coalescing via object.
using System;

struct Point { public int X; }

class Program
{
    static bool IsNull<T>(T x) { return x == null; }
    static bool NotNull<T>(T x) { return null != x; }
    static string Safe<T>(T x) { return x == null ? "<null>" : x.ToString(); }
    static int CountNonNull<T>(T[] xs)
    {
        int n = 0;
        for (int i = 0; i < xs.Length; i++) if (xs[i] != null) n++;
        return n;
    }

    class Slot<T>
    {
        T value;
        bool set;
        public void Put(T v) { value = v; set = true; }
        public string State() { return (set ? "set" : "unset") + "/" + (value == null ? "null" : "nonnull"); }
    }

    static void Main()
    {
        Console.WriteLine(IsNull(0)); // expect: False
        Console.WriteLine(IsNull(default(int))); // expect: False
        Console.WriteLine(IsNull(new Point())); // expect: False
        Console.WriteLine(IsNull<string>(null)); // expect: True
        Console.WriteLine(IsNull("")); // expect: False
        Console.WriteLine(IsNull<object>(null)); // expect: True
        Console.WriteLine(IsNull<int[]>(null)); // expect: True
        Console.WriteLine(NotNull(5)); // expect: True
        Console.WriteLine(NotNull<string>(null)); // expect: False
        Console.WriteLine(Safe(42)); // expect: 42
        Console.WriteLine(Safe<string>(null)); // expect: <null>
        Console.WriteLine(Safe(false)); // expect: False
        Console.WriteLine(CountNonNull(new int[3])); // expect: 3
        Console.WriteLine(CountNonNull(new string[3])); // expect: 0
        Console.WriteLine(CountNonNull(new object[] { 1, null, "x" })); // expect: 2
        Slot<int> si = new Slot<int>();
        Console.WriteLine(si.State()); // expect: unset/nonnull
        si.Put(0);
        Console.WriteLine(si.State()); // expect: set/nonnull
        Slot<string> ss = new Slot<string>();
        Console.WriteLine(ss.State()); // expect: unset/null
        ss.Put("v");
        Console.WriteLine(ss.State()); // expect: set/nonnull
        ss.Put(null);
        Console.WriteLine(ss.State()); // expect: set/null
    }
}
