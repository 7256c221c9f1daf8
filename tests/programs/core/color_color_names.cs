// A member named like its type (§12.8.7.2, "Color Color"): `Color.Red` reaches the type's
// static member, `Color.ToString()` the member's value; also from a static method, where
// only the type meaning is possible.
using System;

enum Color { Red, Green, Blue }

class Palette
{
    public static readonly Palette Default = new Palette();
    public int Size = 3;
}

class Light
{
    public Color Color = Color.Green;
    public Palette Palette { get; set; } = Palette.Default;

    public string Describe()
    {
        return Color.ToString() + " " + (Color == Color.Green) + " " + Palette.Size + " " + (Palette == Palette.Default);
    }

    public static Color First()
    {
        return Color.Red;
    }
}

class ColorColorNames
{
    static void Main()
    {
        var light = new Light();
        Console.WriteLine(light.Describe()); // expect: Green True 3 True
        Console.WriteLine(Light.First()); // expect: Red
        Color Color = Color.Blue;
        Console.WriteLine(Color + " " + Color.CompareTo(Color.Red)); // expect: Blue 1
    }
}
