using System;
record Sheep(string Name)
{
    public Sheep Clone() => new Sheep(Name); // error CS8859
}
class Program { static void Main() { Console.WriteLine(new Sheep("Dolly")); } }
