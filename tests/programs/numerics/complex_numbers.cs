// System.Numerics.Complex with .NET Core 3.1's formulas, to the last digit: arithmetic
// (Smith's division, NaN for a zero divisor), magnitude and phase, polar form, Exp/Log/
// Log10/Sqrt (exact on the axes)/Pow, the trigonometric and hyperbolic functions, and
// the (re, im) format.
// mono-differs: Mono prints doubles with 15 significant digits and computes Sqrt and Pow in polar form
using System;
using System.Numerics;

class ComplexNumbers
{
    static void Main()
    {
        var a = new Complex(3, 4);
        var b = new Complex(1, -2);
        Console.WriteLine(a + " " + (a + b) + " " + (a - b) + " " + (a * b) + " " + (a / b) + " " + a.Magnitude + " " + a.Phase); // expect: (3, 4) (4, 2) (2, 6) (11, -2) (-1, 2) 5 0.9272952180016122
        Console.WriteLine(Complex.Sqrt(new Complex(-4, 0)) + " " + Complex.Sqrt(a) + " " + Complex.Exp(Complex.ImaginaryOne * Math.PI) + " " + Complex.Log(a) + " " + Complex.Pow(a, 2) + " " + Complex.Pow(a, b)); // expect: (0, 2) (2, 1) (-1, 1.2246467991473532E-16) (1.6094379124341003, 0.9272952180016122) (-6.999999999999998, 24.000000000000004) (-21.083139690689013, -24.000210709412567)
        Console.WriteLine(Complex.Abs(new Complex(1e300, 1e300)) + " " + Complex.Conjugate(a) + " " + Complex.Reciprocal(a) + " " + (a == new Complex(3, 4)) + " " + Complex.FromPolarCoordinates(2, Math.PI / 2) + " " + (Complex)5 + " " + (-a)); // expect: 1.4142135623730952E+300 (3, -4) (0.12, -0.16) True (1.2246467991473532E-16, 2) (5, 0) (-3, -4)
        Console.WriteLine(Complex.Sin(a) + " " + Complex.Cos(b) + " " + Complex.Tan(a)); // expect: (3.853738037919377, -27.016813258003932) (2.0327230070196656, 3.0518977991517997) (-0.00018734620462947842, 0.9993559873814732)
        Console.WriteLine(Complex.Atan(a) + " " + Complex.Sinh(a) + " " + Complex.Cosh(a) + " " + Complex.Tanh(a)); // expect: (1.4483069952314644, 0.15899719167999904) (-6.5481200409110025, -7.61923172032141) (-6.580663040551157, -7.581552742746545) (1.000709536067233, 0.00490825806749606)
        Console.WriteLine(Complex.Log10(a) + " " + Complex.Log(a, 2) + " " + (a / 0) + " " + a.ToString("F2") + " " + Complex.Reciprocal(Complex.Zero)); // expect: (0.6989700043360157, 0.40271919627337144) (2.321928094887362, 1.3378042124509761) (NaN, NaN) (3.00, 4.00) (0, 0)
        Complex sum = Complex.Zero;
        for (int k = 0; k < 8; k++) sum += Complex.FromPolarCoordinates(1, 2 * Math.PI * k / 8);
        Console.WriteLine((Complex.Abs(sum) < 1e-12) + " " + a.Equals((object)new Complex(3, 4)) + " " + (a != b)); // expect: True True True
    }
}
