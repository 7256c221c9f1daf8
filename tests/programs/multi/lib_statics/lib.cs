// A library with a const (inlined into the caller), a static readonly field, and an explicit static constructor.
using System;

public class Settings
{
    public const int Version = 3;
    public static readonly string Name;
    public static int Reads;
    static Settings() { Console.WriteLine("Settings cctor"); Name = "lib-settings"; }
    public static string Get() { Reads++; return Name; }
}
