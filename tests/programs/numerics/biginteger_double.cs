// BigInteger to and from double as .NET Core 3.1 converts: the top 53 bits kept and the
// rest cut off (so 10^30 is not 1E+30), the integer part of a double taken exactly.
// mono-differs: Mono rounds to the nearest double and prints doubles with 15 digits
using System;
using System.Numerics;

class BigIntegerDouble
{
    static void Main()
    {
        Console.WriteLine((double)BigInteger.Pow(10, 30)); // expect: 9.999999999999999E+29
        Console.WriteLine((double)BigInteger.Pow(2, 100)); // expect: 1.2676506002282294E+30
        Console.WriteLine((double)BigInteger.Parse("18446744073709551615")); // expect: 1.844674407370955E+19
        Console.WriteLine((double)new BigInteger(-123456789) + " " + (float)BigInteger.Pow(3, 50)); // expect: -123456789 7.17898E+23
        Console.WriteLine(double.IsPositiveInfinity((double)BigInteger.Pow(10, 400)) + " " + (double)-BigInteger.Pow(10, 308)); // expect: True -9.999999999999998E+307
        Console.WriteLine(new BigInteger(1e300) % 1000000007 + " " + new BigInteger(-0.99) + " " + new BigInteger(4.5e15)); // expect: 673966564 0 4500000000000000
        try
        {
            Console.WriteLine(new BigInteger(double.NaN));
        }
        catch (OverflowException)
        {
            Console.WriteLine("NaN overflows"); // expect: NaN overflows
        }
    }
}
