// Caller information (C# 5): an optional parameter marked [CallerLineNumber],
// [CallerFilePath] or [CallerMemberName] receives, when a call leaves it out, the call's
// line, its file's path or the name of the member the call is in; an argument given
// explicitly wins. Lambdas, iterators and field initializers answer for their member, an
// explicit interface implementation by its simple name.
using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;

class Log
{
    public static string Where([CallerMemberName] string member = "", [CallerLineNumber] int line = 0)
    {
        return member + ":" + line;
    }

    public static string File([CallerFilePath] string path = null)
    {
        return Path.GetFileName(path);
    }

    public static long Wide([CallerLineNumber] long line = -1) { return line; }
    public static object Boxed([CallerLineNumber] object line = null) { return line; }
    public static double? Maybe([CallerLineNumber] double? line = null) { return line; }
}

interface INamed { string Name(); }

class Account : INamed
{
    int balance;
    string opened = Log.Where();
    public string Opened { get { return opened; } }
    string INamed.Name() { return Log.Where(); }
    public Account() { Console.WriteLine(Log.Where()); }
    public int Balance
    {
        get { Console.WriteLine(Log.Where()); return balance; }
        set { Console.WriteLine(Log.Where()); balance = value; }
    }
    public int this[int i] { get { Console.WriteLine(Log.Where()); return i; } }
    public event Action Changed
    {
        add { Console.WriteLine(Log.Where()); }
        remove { }
    }
    public static Account operator +(Account a, int n) { Console.WriteLine(Log.Where()); return a; }
    public IEnumerable<string> Steps()
    {
        yield return Log.Where();
    }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(Log.Where());
        Console.WriteLine(Log.Where("explicit", 7));
        Console.WriteLine(Log.Where(line: 99));
        Console.WriteLine(Log.File());
        Console.WriteLine(Log.Wide() + " " + Log.Boxed() + " " + Log.Maybe());
        var a = new Account();
        a.Balance = 5;
        int b = a.Balance + a[2];
        a.Changed += () => { };
        a = a + 1;
        foreach (string s in a.Steps()) Console.WriteLine(s);
        Console.WriteLine(a.Opened + " " + ((INamed)a).Name());
        Func<string> f = () => Log.Where();
        Console.WriteLine(f());
        Func<Func<string>> nested = () => () => Log.Where();
        Console.WriteLine(nested()());
        Console.WriteLine(
            Log.Where());
    }
}
// expect: Main:59
// expect: explicit:7
// expect: Main:99
// expect: caller_information.cs
// expect: 63 63 63
// expect: .ctor:36
// expect: Balance:40
// expect: Balance:39
// expect: Item:42
// expect: Changed:45
// expect: op_Addition:48
// expect: Steps:51
// expect: opened:33 Name:35
// expect: Main:71
// expect: Main:73
// expect: Main:76
