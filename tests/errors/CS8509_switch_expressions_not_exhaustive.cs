using System;

class Box { public string Label; }

class Program
{
    static string Sign(int n) => n switch { < 0 => "neg", > 0 => "pos" }; // warning CS8509
    static string Tri(bool? b) => b switch { true => "T", false => "F" }; // warning CS8509
    static string Text(object o) => o switch { string s => s, null => "null" }; // warning CS8509
    static string Label(Box b) => b switch { null => "none", { Label: null } => "blank" }; // warning CS8509
    static string Covered(bool? b) => b switch { true => "T", false => "F", null => "?" };
    static string AllBoxes(Box b) => b switch { null => "none", { Label: null } => "blank", { Label: { } l } => l };

    static void Main()
    {
        Console.WriteLine(Sign(1) + Tri(true) + Text("x") + Label(null) + Covered(null) + AllBoxes(new Box()));
    }
}
