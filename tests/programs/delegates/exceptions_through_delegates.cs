// Exceptions thrown inside a delegate's target reach the caller's catch; a throwing multicast entry stops the rest; finally still runs.
using System;

delegate void Job(int n);

class Program
{
    static string trail = "";

    static void First(int n) { trail += "1"; }
    static void Fails(int n)
    {
        trail += "F";
        if (n < 0) throw new ArgumentException("negative " + n);
        if (n == 0) throw new InvalidOperationException("zero");
    }
    static void Last(int n) { trail += "L"; }
    static int Divide(int n) { return 100 / n; }

    static void Guarded(Job t, int n)
    {
        trail = "";
        try
        {
            t(n);
            Console.WriteLine("ok " + trail);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("argument: " + e.Message + " after " + trail);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("invalid: " + e.Message + " after " + trail);
        }
        finally
        {
            trail += "!";
        }
    }

    static void Main()
    {
        Job all = First;
        all += Fails;
        all += Last;
        Guarded(all, 5); // expect: ok 1FL
        Guarded(all, -2); // expect: argument: negative -2 after 1F
        Guarded(all, 0); // expect: invalid: zero after 1F
        Console.WriteLine(trail); // expect: 1F!

        Func<int, int> div = Divide;
        try
        {
            Console.WriteLine(div(4)); // expect: 25
            Console.WriteLine(div.Invoke(0));
            Console.WriteLine("not reached");
        }
        catch (DivideByZeroException)
        {
            Console.WriteLine("divide by zero caught"); // expect: divide by zero caught
        }

        Job missing = null;
        try
        {
            missing(1);
        }
        catch (NullReferenceException)
        {
            Console.WriteLine("null delegate"); // expect: null delegate
        }

        Action nested = Rethrow;
        try
        {
            nested();
        }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ApplicationException: wrapped zero
        }
    }

    static void Rethrow()
    {
        try
        {
            Job t = Fails;
            t(0);
        }
        catch (InvalidOperationException e)
        {
            throw new ApplicationException("wrapped " + e.Message);
        }
    }
}
