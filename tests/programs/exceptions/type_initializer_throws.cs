// mono-differs: Mono runs a beforefieldinit type's initializer when the method using it is compiled, outside its try block
// A static constructor that throws: the exception reaches the first user wrapped in a
// TypeInitializationException naming the type, and every later use throws that same object
// again without running the constructor a second time.
using System;

class Config
{
    public static int Value = Load();

    static int Load()
    {
        Console.WriteLine("loading"); // expect: loading
        throw new InvalidOperationException("no configuration");
    }
}

class Lazy
{
    static Lazy()
    {
        Console.WriteLine("Lazy cctor"); // expect: The type initializer for 'Config' threw an exception.
        throw new ArgumentException("bad", "name");
    }

    public static void Touch() { }
}

class Program
{
    static void Main()
    {
        TypeInitializationException first = null;
        try { Console.WriteLine(Config.Value); }
        catch (TypeInitializationException e)
        {
            first = e;
            Console.WriteLine(e.Message); // expect: Config
            Console.WriteLine(e.TypeName); // expect: InvalidOperationException: no configuration
            Console.WriteLine(e.InnerException.GetType().Name + ": " + e.InnerException.Message); // expect: True
        }
        try { Console.WriteLine(Config.Value); }
        catch (TypeInitializationException e) { Console.WriteLine(object.ReferenceEquals(e, first)); } // expect: Lazy cctor
        try { Lazy.Touch(); }
        catch (Exception e) { Console.WriteLine(e.GetType().Name + " / " + e.InnerException.Message); } // expect: TypeInitializationException / bad (Parameter 'name')
        try { Lazy.Touch(); }
        catch (TypeInitializationException e) { Console.WriteLine("again: " + e.Message); } // expect: again: The type initializer for 'Lazy' threw an exception.
    }
}
