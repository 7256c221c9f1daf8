// Construction order: derived field initializers, then base initializers, then base ctor body, then derived body.
using System;

class Log
{
    public static int Say(string s) { Console.WriteLine(s); return 0; }
}

class Base
{
    int a = Log.Say("Base field initializer");
    public Base(string from) { Log.Say("Base ctor body (" + from + ")"); }
}

class Derived : Base
{
    int b = Log.Say("Derived field initializer");
    public Derived() : base(Arg()) { Log.Say("Derived ctor body"); }
    static string Arg() { Log.Say("base(...) argument"); return "derived"; }
}

class Program
{
    static void Main()
    {
        new Derived();
        // expect: Derived field initializer
        // expect: base(...) argument
        // expect: Base field initializer
        // expect: Base ctor body (derived)
        // expect: Derived ctor body
    }
}
