// mono-differs: Mono prints floats with 7 significant digits, .NET Core 3.0+ the shortest round-trip form
// Negation in a checked context: only integers can overflow (-int.MinValue throws); a float or
// double is negated as is, so -0.0 stays a negative zero, and a lifted float? negation works.
using System;

class CheckedFloatNegation
{
    static void Main()
    {
        checked
        {
            double zero = 0.0;
            Console.WriteLine(1 / -zero); // expect: -Infinity
            float? f = float.MinValue;
            f = -f + 1;
            Console.WriteLine(f); // expect: 3.4028235E+38
            double? d = 1.5;
            Console.WriteLine(-d); // expect: -1.5
            int min = int.MinValue;
            try { Console.WriteLine(-min); }
            catch (OverflowException e) { Console.WriteLine(e.Message); } // expect: Arithmetic operation resulted in an overflow.
            int? n = 5;
            Console.WriteLine(-n); // expect: -5
        }
    }
}
