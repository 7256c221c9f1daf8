// A library's decimal constants and a decimal default value: neither has a Constant row, so
// both travel as DecimalConstantAttribute, which the caller's compiler reads back.
using System;

public class Pricing
{
    public const decimal VatRate = 0.20m;
    public const decimal Cap = -1234.5600m;

    public static decimal Gross(decimal net, decimal rate = 0.075m)
    {
        return Math.Round(net * (1 + rate), 2);
    }
}
