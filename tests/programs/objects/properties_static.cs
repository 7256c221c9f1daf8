// Static properties: auto with initializer, computed, with a static backing field, and a get-only static.
using System;

class Settings
{
    private static int counter;
    public static string Mode { get; set; } = "debug";
    public static int Next { get { counter++; return counter; } }
    public static int Limit { get; } = 3;
    public static bool IsDebug => Mode == "debug";
}

class Program
{
    static void Main()
    {
        Console.WriteLine(Settings.Mode);          // expect: debug
        Console.WriteLine(Settings.IsDebug);       // expect: True
        Settings.Mode = "release";
        Console.WriteLine(Settings.IsDebug);       // expect: False
        Console.WriteLine(Settings.Next + Settings.Next); // expect: 3
        Console.WriteLine(Settings.Next);          // expect: 3
        Console.WriteLine(Settings.Limit);         // expect: 3
    }
}
