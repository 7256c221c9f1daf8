// Iterators with try/finally: finally blocks run when the consumer breaks, returns from inside foreach, or throws; when the iterator itself throws; nested iterators unwind innermost first; a try/catch without yields inside an iterator handles its own errors; and an exception from a finally during Dispose reaches the consumer.
using System;
using System.Collections.Generic;
class Resource {
    string name;
    public Resource(string n) { name = n; Console.WriteLine("acquire " + n); }
    public void Release() { Console.WriteLine("release " + name); }
}
class Program {
    static IEnumerable<int> Read(string name, int n) {
        var r = new Resource(name);
        try {
            for (int i = 1; i <= n; i++) yield return i;
        } finally {
            r.Release();
        }
    }
    static IEnumerable<int> Failing() {
        try {
            yield return 1;
            yield return 2;
            throw new InvalidOperationException("source broke");
        } finally {
            Console.WriteLine("failing finally");
        }
    }
    static IEnumerable<int> Outer() {
        try {
            foreach (var x in Read("inner", 5)) {
                try {
                    yield return x * 10;
                } finally {
                    Console.WriteLine("after item " + x);
                }
            }
        } finally {
            Console.WriteLine("outer finally");
        }
    }
    static IEnumerable<int> ParseAll(string[] parts) {
        foreach (var p in parts) {
            int value;
            try {
                value = int.Parse(p);
            } catch (FormatException) {
                Console.WriteLine("skip '" + p + "'");
                continue;
            }
            yield return value;
        }
    }
    static IEnumerable<int> BadCleanup() {
        try {
            yield return 1;
            yield return 2;
        } finally {
            throw new ApplicationException("cleanup failed");
        }
    }
    static int FirstAbove(int limit) {
        foreach (var x in Read("search", 10)) {
            if (x > limit) return x;
        }
        return -1;
    }
    static void Main() {
        foreach (var x in Read("r1", 5)) { Console.WriteLine("item " + x); if (x == 2) break; }
        Console.WriteLine("found " + FirstAbove(3));
        try {
            foreach (var x in Read("r2", 5)) {
                Console.WriteLine("item " + x);
                if (x == 2) throw new Exception("consumer failed");
            }
        } catch (Exception e) {
            Console.WriteLine("caught " + e.Message);
        }
        try {
            foreach (var x in Failing()) Console.WriteLine("f " + x);
        } catch (InvalidOperationException e) {
            Console.WriteLine("caught " + e.Message);
        } finally {
            Console.WriteLine("consumer finally");
        }
        foreach (var x in Outer()) { Console.WriteLine("outer " + x); if (x == 20) break; }
        int total = 0;
        foreach (var v in ParseAll(new[] { "4", "x", "5", "", "6" })) total += v;
        Console.WriteLine("total " + total);
        try {
            foreach (var x in BadCleanup()) { Console.WriteLine("b " + x); break; }
        } catch (ApplicationException e) {
            Console.WriteLine("caught " + e.Message);
        }
        int outerCount = 0;
        foreach (var a in Read("A", 3)) {
            foreach (var b in Read("B" + a, 3)) {
                if (b > a) break;
                outerCount++;
            }
        }
        Console.WriteLine("pairs " + outerCount);
        // expect: acquire r1
        // expect: item 1
        // expect: item 2
        // expect: release r1
        // expect: acquire search
        // expect: release search
        // expect: found 4
        // expect: acquire r2
        // expect: item 1
        // expect: item 2
        // expect: release r2
        // expect: caught consumer failed
        // expect: f 1
        // expect: f 2
        // expect: failing finally
        // expect: caught source broke
        // expect: consumer finally
        // expect: acquire inner
        // expect: outer 10
        // expect: after item 1
        // expect: outer 20
        // expect: after item 2
        // expect: release inner
        // expect: outer finally
        // expect: skip 'x'
        // expect: skip ''
        // expect: total 15
        // expect: b 1
        // expect: caught cleanup failed
        // expect: acquire A
        // expect: acquire B1
        // expect: release B1
        // expect: acquire B2
        // expect: release B2
        // expect: acquire B3
        // expect: release B3
        // expect: release A
        // expect: pairs 6
    }
}
