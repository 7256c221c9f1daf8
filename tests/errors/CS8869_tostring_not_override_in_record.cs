using System;
record Temp(double C)
{
    public new string ToString() => C + "C"; // error CS8869
}
class Program { static void Main() { Console.WriteLine(new Temp(1)); } }
