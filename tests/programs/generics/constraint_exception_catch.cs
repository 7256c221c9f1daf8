// A type parameter constrained to Exception: throwing new T(), catching T in a generic method, and rethrowing other exceptions.
using System;

class MyError : Exception
{
    public MyError() : base("my error") { }
}

class OtherError : Exception
{
    public OtherError() : base("other error") { }
}

class Program
{
    static void Throw<T>() where T : Exception, new() { throw new T(); }

    static string Catch<T>(int kind) where T : Exception
    {
        try
        {
            if (kind == 0) return "no throw";
            if (kind == 1) throw new MyError();
            throw new OtherError();
        }
        catch (T e)
        {
            return "caught " + typeof(T).Name + ": " + e.Message;
        }
    }

    static string Guard<T>(int kind) where T : Exception
    {
        try { return Catch<T>(kind); }
        catch (Exception e) { return "escaped " + e.GetType().Name; }
    }

    static string ThrowAndCatch<TThrow, TCatch>() where TThrow : Exception, new() where TCatch : Exception
    {
        try { Throw<TThrow>(); return "none"; }
        catch (TCatch e) { return "got " + e.GetType().Name; }
        catch (Exception e) { return "fallback " + e.GetType().Name; }
    }

    static void Main()
    {
        Console.WriteLine(Guard<MyError>(0)); // expect: no throw
        Console.WriteLine(Guard<MyError>(1)); // expect: caught MyError: my error
        Console.WriteLine(Guard<MyError>(2)); // expect: escaped OtherError
        Console.WriteLine(Guard<Exception>(2)); // expect: caught Exception: other error
        Console.WriteLine(Guard<OtherError>(1)); // expect: escaped MyError
        Console.WriteLine(ThrowAndCatch<MyError, MyError>()); // expect: got MyError
        Console.WriteLine(ThrowAndCatch<MyError, OtherError>()); // expect: fallback MyError
        Console.WriteLine(ThrowAndCatch<InvalidOperationException, SystemException>()); // expect: got InvalidOperationException
        Console.WriteLine(ThrowAndCatch<ArgumentNullException, ArgumentException>()); // expect: got ArgumentNullException
        try { Throw<NotSupportedException>(); }
        catch (NotSupportedException e) { Console.WriteLine("main caught " + e.GetType().Name); } // expect: main caught NotSupportedException
    }
}
