// Properties with explicit bodies: validation in setters, computed getters, expression-bodied get and set.
using System;

class Temperature
{
    private double celsius;
    private int sets;

    public double Celsius
    {
        get { return celsius; }
        set
        {
            sets++;
            if (value < -273) value = -273;
            celsius = value;
        }
    }

    public double Fahrenheit
    {
        get => celsius * 9 / 5 + 32;
        set => Celsius = (value - 32) * 5 / 9;
    }

    public string Label => celsius > 30 ? "hot" : "mild";
    public int Sets { get { return sets; } }
}

class Program
{
    static void Main()
    {
        Temperature t = new Temperature();
        t.Celsius = 25;
        Console.WriteLine(t.Fahrenheit);   // expect: 77
        t.Fahrenheit = 212;
        Console.WriteLine(t.Celsius);      // expect: 100
        Console.WriteLine(t.Label);        // expect: hot
        t.Celsius = -500;
        Console.WriteLine(t.Celsius);      // expect: -273
        t.Celsius += 300;
        Console.WriteLine(t.Celsius + " " + t.Label); // expect: 27 mild
        Console.WriteLine(t.Sets);         // expect: 4
    }
}
