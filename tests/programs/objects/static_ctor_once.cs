// An explicit static constructor runs exactly once, at the first access to a static member, after static initializers.
using System;

class Config
{
    public static int Level = Init();
    static int Init() { Console.WriteLine("static initializer"); return 3; }
    static Config() { Console.WriteLine("static ctor"); Level *= 2; }
    public static int Twice() { return Level * 2; }
}

class Program
{
    static void Main()
    {
        Console.WriteLine("start");        // expect: start
        int x = Config.Level;
        // expect: static initializer
        // expect: static ctor
        Console.WriteLine(x);              // expect: 6
        Console.WriteLine(Config.Twice()); // expect: 12
        Config.Level = 1;
        Console.WriteLine(Config.Level);   // expect: 1
    }
}
