using System;
class Config
{
    public static int Version { get; init; } // error CS8856
}
class Program { static void Main() { Console.WriteLine(Config.Version); } }
