// Closures and exception handling: lambdas declared inside try, catch and finally blocks capturing locals of those blocks and of the method, called after the block ends; closures that throw and are caught by the caller.
using System;
using System.Collections.Generic;

class Program
{
    static Func<int> FromTry(int x)
    {
        Func<int> result = null;
        try
        {
            int inTry = x * 2;
            result = () => inTry + 1;
            inTry += 100;
        }
        finally
        {
            x = -1;
        }
        return result;
    }

    static List<Func<string>> Collect()
    {
        var fs = new List<Func<string>>();
        string state = "start";
        try
        {
            string t = "try";
            fs.Add(() => t + "/" + state);
            state = "tried";
            throw new InvalidOperationException("boom");
        }
        catch (InvalidOperationException)
        {
            string c = "catch";
            fs.Add(() => c + "/" + state);
            state = "caught";
        }
        finally
        {
            string f = "finally";
            fs.Add(() => f + "/" + state);
            state = "done";
        }
        return fs;
    }

    static int Guarded(Func<int, int> f, int arg, ref int failures)
    {
        try { return f(arg); }
        catch (DivideByZeroException) { failures++; return -1; }
    }

    static void Main()
    {
        Console.WriteLine(FromTry(5)());

        foreach (var f in Collect()) Console.WriteLine(f());

        // a closure that throws; the captured divisor is changed between calls
        int divisor = 0;
        Func<int, int> div = n => n / divisor;
        int failures = 0;
        Console.WriteLine(Guarded(div, 10, ref failures));
        divisor = 5;
        Console.WriteLine(Guarded(div, 10, ref failures) + " " + failures);

        // a closure modifies a local inside try; finally sees the change
        int counter = 0;
        Action step = () => counter += 10;
        try
        {
            step();
            step();
        }
        finally
        {
            Console.WriteLine("finally " + counter);
        }

        // a closure created in catch captures a local declared in the catch block and one from outside
        Func<string> report = null;
        int attempts = 0;
        for (int i = 0; i < 3; i++)
        {
            try
            {
                attempts++;
                if (i < 2) throw new ArgumentException("bad " + i);
            }
            catch (ArgumentException)
            {
                int when = i;
                report = () => "failed at " + when + " of " + attempts;
            }
        }
        Console.WriteLine(report());

        // an exception thrown inside a closure passes through a finally that uses a captured variable
        string trail = "";
        Action risky = () => { trail += "a"; throw new Exception("x"); };
        try
        {
            try { risky(); }
            finally { trail += "f"; }
        }
        catch (Exception)
        {
            trail += "c";
        }
        Console.WriteLine(trail);
    }
}
// expect: 111
// expect: try/done
// expect: catch/done
// expect: finally/done
// expect: -1
// expect: 2 1
// expect: finally 20
// expect: failed at 1 of 3
// expect: afc
