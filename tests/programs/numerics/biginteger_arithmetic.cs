// System.Numerics.BigInteger: factorials and powers past any built-in type, truncating
// division with the dividend's sign on the remainder, ModPow, GCD, parsing and formatting.
using System;
using System.Numerics;

class BigIntegerArithmetic
{
    static BigInteger Factorial(int n)
    {
        BigInteger f = BigInteger.One;
        for (int i = 2; i <= n; i++) f *= i;
        return f;
    }

    static void Main()
    {
        Console.WriteLine(Factorial(30)); // expect: 265252859812191058636308480000000
        BigInteger f100 = Factorial(100);
        string s = f100.ToString();
        Console.WriteLine(s.Length + " " + s.Substring(0, 20) + " " + s.TrimEnd('0').Length); // expect: 158 93326215443944152681 134
        Console.WriteLine(BigInteger.Pow(2, 100)); // expect: 1267650600228229401496703205376
        Console.WriteLine(BigInteger.Pow(-3, 41)); // expect: -36472996377170786403
        BigInteger a = BigInteger.Parse("123456789012345678901234567890");
        BigInteger b = BigInteger.Parse("-987654321098765432");
        Console.WriteLine(a + b); // expect: 123456789011358024580135802458
        Console.WriteLine(a - b); // expect: 123456789013333333222333333322
        Console.WriteLine(a * b); // expect: -121932631137021795212620027521140070120989178480
        Console.WriteLine(a / b + " " + a % b); // expect: -124999998860 925925953827160370
        Console.WriteLine(-a / 7 + " " + -a % 7 + " " + BigInteger.Remainder(a, -7)); // expect: -17636684144620811271604938270 0 0
        BigInteger q, r;
        q = BigInteger.DivRem(f100, BigInteger.Pow(10, 30) + 7, out r);
        Console.WriteLine(q.ToString().Length + " " + (q * (BigInteger.Pow(10, 30) + 7) + r == f100)); // expect: 128 True
        Console.WriteLine(BigInteger.ModPow(4, 13, 497) + " " + BigInteger.ModPow(BigInteger.Parse("2988348162058574136915891421498819466320163312926952423791023078876139"), BigInteger.Parse("2351399303373464486466122544523690094744975233415544072992656881240319"), BigInteger.Pow(10, 40))); // expect: 445 1527229998585248450016808958343740453059
        Console.WriteLine(BigInteger.GreatestCommonDivisor(Factorial(20), BigInteger.Pow(6, 30))); // expect: 1719926784
        Console.WriteLine(BigInteger.Compare(a, b) + " " + (a > b) + " " + (b < 0) + " " + a.Equals(a + 0) + " " + (a == BigInteger.Parse(" +123456789012345678901234567890 "))); // expect: 1 True True True True
        Console.WriteLine(BigInteger.Zero.IsZero + " " + BigInteger.One.IsOne + " " + new BigInteger(-8).IsEven + " " + b.Sign + " " + BigInteger.Abs(b)); // expect: True True True -1 987654321098765432
        Console.WriteLine((long)BigInteger.Pow(2, 62) + " " + (int)new BigInteger(-5) + " " + (ulong)BigInteger.Parse("18446744073709551615")); // expect: 4611686018427387904 -5 18446744073709551615
        Console.WriteLine(BigInteger.Pow(2, 70).ToString("X") + " " + new BigInteger(255).ToString("X") + " " + new BigInteger(-1).ToString("X") + " " + new BigInteger(42).ToString("D6")); // expect: 400000000000000000 0FF F 000042
        Console.WriteLine((BigInteger.Pow(2, 64) >> 3) + " " + (new BigInteger(-5) >> 1) + " " + (BigInteger.One << 65) + " " + (new BigInteger(-12) & 10) + " " + (new BigInteger(12) | -3) + " " + (new BigInteger(6) ^ 3) + " " + ~new BigInteger(5)); // expect: 2305843009213693952 -3 36893488147419103232 0 -3 5 -6
        Console.WriteLine(string.Join(",", new BigInteger(-129).ToByteArray()) + " " + new BigInteger(new byte[] { 0x7F, 0xFF }) + " " + string.Join(",", new BigInteger(128).ToByteArray())); // expect: 127,255 -129 128,0
        Console.WriteLine(Math.Round(BigInteger.Log10(f100), 6) + " " + Math.Round(BigInteger.Log(BigInteger.Pow(2, 3000)), 4)); // expect: 157.970004 2079.4415
        BigInteger parsed;
        Console.WriteLine(BigInteger.TryParse("12x", out parsed) + " " + parsed + " " + BigInteger.TryParse("-0", out parsed) + " " + parsed); // expect: False 0 True 0
        try
        {
            BigInteger.Parse("");
        }
        catch (FormatException e)
        {
            Console.WriteLine(e.Message); // expect: The value could not be parsed.
        }
        try
        {
            Console.WriteLine((int)BigInteger.Pow(2, 31));
        }
        catch (OverflowException e)
        {
            Console.WriteLine(e.Message); // expect: Arithmetic operation resulted in an overflow.
        }
        try
        {
            Console.WriteLine(a / BigInteger.Zero);
        }
        catch (DivideByZeroException)
        {
            Console.WriteLine("divide by zero"); // expect: divide by zero
        }
        BigInteger x = 10;
        x++;
        x += 5;
        x *= -x;
        Console.WriteLine(x + " " + default(BigInteger) + " " + (default(BigInteger) == 0)); // expect: -256 0 True
    }
}
