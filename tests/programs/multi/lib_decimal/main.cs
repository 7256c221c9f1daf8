// A library decimal const folds into the caller's constants; the default value applies.
using System;

class Program
{
    const decimal Doubled = Pricing.VatRate * 2;

    static void Main()
    {
        Console.WriteLine(Pricing.VatRate + " " + Pricing.Cap + " " + Doubled);
        Console.WriteLine(Pricing.Gross(100m));
        Console.WriteLine(Pricing.Gross(100m, Pricing.VatRate));
    }
}
