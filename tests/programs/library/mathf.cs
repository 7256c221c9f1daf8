// mono-lacks: System.Runtime.Extensions, where Sharp's builds find MathF (Debian's Mono has no facades)
// MathF computes in single precision with the C library's float functions, and rounds,
// takes logarithms in a base and IEEE remainders as .NET Core 3.1 does.
using System;

class MathFFunctions
{
    static void Main()
    {
        Console.WriteLine(MathF.Sqrt(2f) + " " + MathF.Sin(1f) + " " + MathF.Cos(1f) + " " + MathF.Tan(0.5f)); // expect: 1.4142135 0.84147096 0.5403023 0.5463025
        Console.WriteLine(MathF.Exp(1f) + " " + MathF.Log(10f) + " " + MathF.Log10(1000f) + " " + MathF.Log(8f, 2f)); // expect: 2.7182817 2.3025851 3 3
        Console.WriteLine(MathF.Pow(2f, 0.5f) + " " + MathF.Atan2(1f, 2f) + " " + MathF.Cbrt(27f) + " " + MathF.Asinh(1f)); // expect: 1.4142135 0.4636476 3 0.8813736
        Console.WriteLine(MathF.Round(2.5f) + " " + MathF.Round(3.5f) + " " + MathF.Round(2.345f, 2) + " " + MathF.Round(2.5f, MidpointRounding.AwayFromZero)); // expect: 2 4 2.34 3
        Console.WriteLine(MathF.Floor(-1.5f) + " " + MathF.Ceiling(-1.5f) + " " + MathF.Truncate(-1.7f) + " " + MathF.Abs(-3f)); // expect: -2 -1 -1 3
        Console.WriteLine(MathF.Max(1f, float.NaN) + " " + MathF.Min(-0f, 0f) + " " + MathF.Sign(-2.5f)); // expect: NaN -0 -1
        Console.WriteLine(MathF.IEEERemainder(10f, 3f) + " " + MathF.IEEERemainder(11f, 2f) + " " + MathF.PI + " " + MathF.E); // expect: 1 -1 3.1415927 2.7182817
        try { MathF.Round(1f, 7); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); } // expect: Rounding digits must be between 0 and 15, inclusive. (Parameter 'digits')
    }
}
