// An init-only property can be set in an object initializer, but not by a later assignment.
using System;

class Settings
{
    public string Theme { get; init; } = "light";
    public int FontSize { get; init; } = 12;
}

class Program
{
    static void Main()
    {
        var s = new Settings { Theme = "dark" };
        s.FontSize = 14; // error CS8852
        Console.WriteLine(s.Theme + s.FontSize);
    }
}
