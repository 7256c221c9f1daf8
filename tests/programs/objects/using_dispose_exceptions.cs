// Exceptions and using: a throwing body still disposes before the catch runs, a throwing Dispose replaces a body exception, nested resources are all disposed when the inner body throws, a constructor that throws leaves nothing to dispose, exception filters and finally ordering around using, and a null resource skipped.
using System;
using System.Collections.Generic;
class DisposeFailedException : Exception {
    public DisposeFailedException(string message) : base(message) { }
}
class Res : IDisposable {
    readonly string name;
    readonly bool failOnDispose;
    public Res(string name, bool failOnDispose = false, bool failOnCreate = false) {
        if (failOnCreate) throw new InvalidOperationException("cannot open " + name);
        this.name = name;
        this.failOnDispose = failOnDispose;
        Console.WriteLine("open " + name);
    }
    public void Work(bool fail) {
        Console.WriteLine("work " + name);
        if (fail) throw new ApplicationException("work failed in " + name);
    }
    public void Dispose() {
        Console.WriteLine("dispose " + name);
        if (failOnDispose) throw new DisposeFailedException("dispose failed for " + name);
    }
}
class Program {
    static void Attempt(string title, Action body) {
        Console.WriteLine("== " + title);
        try {
            body();
            Console.WriteLine("completed");
        } catch (Exception e) {
            Console.WriteLine("caught " + e.GetType().Name + ": " + e.Message);
        } finally {
            Console.WriteLine("attempt finally");
        }
    }
    static Res OpenOrNull(bool open) { return open ? new Res("maybe") : null; }
    static void Main() {
        Attempt("body throws", () => {
            using (var r = new Res("a")) r.Work(true);
        });
        Attempt("dispose throws", () => {
            using (var r = new Res("b", failOnDispose: true)) r.Work(false);
        });
        Attempt("both throw", () => {
            using (var r = new Res("c", failOnDispose: true)) r.Work(true);
        });
        Attempt("nested, inner body throws", () => {
            using (var outer = new Res("outer"))
            using (var inner = new Res("inner")) {
                outer.Work(false);
                inner.Work(true);
            }
        });
        Attempt("second constructor throws", () => {
            using (var first = new Res("first"))
            using (var second = new Res("second", failOnCreate: true)) {
                Console.WriteLine("unreachable");
            }
        });
        Attempt("inner dispose throws, outer still disposed", () => {
            using (var outer = new Res("o"))
            using (var inner = new Res("i", failOnDispose: true)) {
                inner.Work(false);
            }
        });
        Attempt("caught inside using", () => {
            using (var r = new Res("d")) {
                try { r.Work(true); }
                catch (ApplicationException e) when (e.Message.Contains("d")) { Console.WriteLine("handled " + e.Message); }
                finally { Console.WriteLine("inner finally"); }
                Console.WriteLine("still in using");
            }
        });
        Attempt("null resource", () => {
            using (var r = OpenOrNull(false)) { Console.WriteLine("r is null: " + (r == null)); }
            using (var r = OpenOrNull(true)) { r.Work(false); }
        });
        int disposedCount = 0;
        var all = new List<string>();
        for (int i = 0; i < 3; i++) {
            try {
                using (var r = new Res("loop" + i)) {
                    if (i == 1) throw new Exception("skip " + i);
                    all.Add("ok" + i);
                }
            } catch (Exception e) {
                all.Add(e.Message);
            } finally {
                disposedCount++;
            }
        }
        Console.WriteLine(string.Join(",", all) + " / " + disposedCount);
        // expect: == body throws
        // expect: open a
        // expect: work a
        // expect: dispose a
        // expect: caught ApplicationException: work failed in a
        // expect: attempt finally
        // expect: == dispose throws
        // expect: open b
        // expect: work b
        // expect: dispose b
        // expect: caught DisposeFailedException: dispose failed for b
        // expect: attempt finally
        // expect: == both throw
        // expect: open c
        // expect: work c
        // expect: dispose c
        // expect: caught DisposeFailedException: dispose failed for c
        // expect: attempt finally
        // expect: == nested, inner body throws
        // expect: open outer
        // expect: open inner
        // expect: work outer
        // expect: work inner
        // expect: dispose inner
        // expect: dispose outer
        // expect: caught ApplicationException: work failed in inner
        // expect: attempt finally
        // expect: == second constructor throws
        // expect: open first
        // expect: dispose first
        // expect: caught InvalidOperationException: cannot open second
        // expect: attempt finally
        // expect: == inner dispose throws, outer still disposed
        // expect: open o
        // expect: open i
        // expect: work i
        // expect: dispose i
        // expect: dispose o
        // expect: caught DisposeFailedException: dispose failed for i
        // expect: attempt finally
        // expect: == caught inside using
        // expect: open d
        // expect: work d
        // expect: handled work failed in d
        // expect: inner finally
        // expect: still in using
        // expect: dispose d
        // expect: completed
        // expect: attempt finally
        // expect: == null resource
        // expect: r is null: True
        // expect: open maybe
        // expect: work maybe
        // expect: dispose maybe
        // expect: completed
        // expect: attempt finally
        // expect: open loop0
        // expect: dispose loop0
        // expect: open loop1
        // expect: dispose loop1
        // expect: open loop2
        // expect: dispose loop2
        // expect: ok0,skip 1,ok2 / 3
    }
}
