namespace System
{
    /// Mathematical functions. The transcendental ones are natives over Rust's f64 (the
    /// platform libm, as CoreCLR calls the C runtime's); the rest are written out here with
    /// .NET Core 3.0's semantics (NaN propagation in Min/Max, banker's rounding in Round).
    public static class Math
    {
        public const double PI = 3.14159265358979323846;
        public const double E = 2.7182818284590452354;

        public static extern double Sqrt(double d);
        public static extern double Cbrt(double d);
        public static extern double Pow(double x, double y);
        public static extern double Floor(double d);
        public static extern double Ceiling(double a);
        public static extern double Sin(double a);
        public static extern double Cos(double d);
        public static extern double Tan(double a);
        public static extern double Asin(double d);
        public static extern double Acos(double d);
        public static extern double Atan(double d);
        public static extern double Atan2(double y, double x);
        public static extern double Sinh(double value);
        public static extern double Cosh(double value);
        public static extern double Tanh(double value);
        public static extern double Acosh(double d);
        public static extern double Asinh(double d);
        public static extern double Atanh(double d);
        public static extern double Exp(double d);
        public static extern double Log(double d);
        public static extern double Log10(double d);
        public static extern double Abs(double value);
        public static extern double IEEERemainder(double x, double y);

        /// Rounds half to even ("banker's rounding", MidpointRounding.ToEven).
        public static extern double Round(double a);
        public static extern double Truncate(double d);

        public static float Abs(float value)
        {
            return (float)Abs((double)value);
        }

        /// The logarithm of `a` in base `newBase`, with .NET's special cases.
        public static double Log(double a, double newBase)
        {
            if (double.IsNaN(a)) return a;
            if (double.IsNaN(newBase)) return newBase;
            if (newBase == 1) return double.NaN;
            if (a != 1 && (newBase == 0 || double.IsPositiveInfinity(newBase))) return double.NaN;
            return Log(a) / Log(newBase);
        }

        /// Rounds to `digits` decimals, half to even.
        public static double Round(double value, int digits)
        {
            return Round(value, digits, MidpointRounding.ToEven);
        }

        /// Rounds half to even or half away from zero.
        public static double Round(double value, MidpointRounding mode)
        {
            return Round(value, 0, mode);
        }

        /// Rounds to `digits` decimals as CoreCLR 3.1 does it: scale by a power of ten, round,
        /// scale back (so Round(2.345, 2) is 2.35: 2.345 * 100 is 234.50000000000003).
        public static double Round(double value, int digits, MidpointRounding mode)
        {
            if (digits < 0 || digits > 15) ThrowHelper.ArgumentOutOfRange("digits", "Rounding digits must be between 0 and 15, inclusive.");
            if (mode != MidpointRounding.ToEven && mode != MidpointRounding.AwayFromZero)
                ThrowHelper.Throw("System.ArgumentException", "The value '" + ((int)mode).ToString() + "' is not valid for this usage of the type MidpointRounding. (Parameter 'mode')");
            if (Abs(value) < 10000000000000000.0)
            {
                double power10 = 1;
                for (int i = 0; i < digits; i++) power10 *= 10;
                value *= power10;
                if (mode == MidpointRounding.ToEven)
                {
                    value = Round(value);
                }
                else
                {
                    // Half away from zero: round the magnitude's fraction up at exactly .5.
                    double whole = Truncate(value);
                    double fraction = value - whole;
                    if (Abs(fraction) >= 0.5) whole += fraction < 0 ? -1.0 : 1.0;
                    value = whole;
                }
                value /= power10;
            }
            return value;
        }

        /// IEEE 754:2019 `minimum` (as .NET Core 3.0): NaN wins, and -0 is below +0.
        public static double Min(double val1, double val2)
        {
            if (val1 != val2)
            {
                if (!double.IsNaN(val1)) return val1 < val2 ? val1 : val2;
                return val1;
            }
            return double.IsNegative(val1) ? val1 : val2;
        }

        /// IEEE 754:2019 `maximum` (as .NET Core 3.0): NaN wins, and +0 is above -0.
        public static double Max(double val1, double val2)
        {
            if (val1 != val2)
            {
                if (!double.IsNaN(val1)) return val2 < val1 ? val1 : val2;
                return val1;
            }
            return double.IsNegative(val2) ? val1 : val2;
        }

        /// IEEE 754:2019 `minimum` (as .NET Core 3.0): NaN wins, and -0 is below +0.
        public static float Min(float val1, float val2)
        {
            if (val1 != val2)
            {
                if (!float.IsNaN(val1)) return val1 < val2 ? val1 : val2;
                return val1;
            }
            return float.IsNegative(val1) ? val1 : val2;
        }

        /// IEEE 754:2019 `maximum` (as .NET Core 3.0): NaN wins, and +0 is above -0.
        public static float Max(float val1, float val2)
        {
            if (val1 != val2)
            {
                if (!float.IsNaN(val1)) return val2 < val1 ? val1 : val2;
                return val1;
            }
            return float.IsNegative(val2) ? val1 : val2;
        }

        /// ArithmeticException for NaN.
        public static int Sign(double value)
        {
            if (value < 0) return -1;
            if (value > 0) return 1;
            if (value == 0) return 0;
            ThrowHelper.Throw("System.ArithmeticException", "Function does not accept floating point Not-a-Number values.");
            return 0;
        }

        public static int Sign(float value)
        {
            return Sign((double)value);
        }

        public static long BigMul(int a, int b)
        {
            return (long)a * b;
        }

        public static byte Min(byte val1, byte val2)
        {
            return val1 <= val2 ? val1 : val2;
        }

        public static byte Max(byte val1, byte val2)
        {
            return val1 >= val2 ? val1 : val2;
        }

        public static sbyte Min(sbyte val1, sbyte val2)
        {
            return val1 <= val2 ? val1 : val2;
        }

        public static sbyte Max(sbyte val1, sbyte val2)
        {
            return val1 >= val2 ? val1 : val2;
        }

        public static short Min(short val1, short val2)
        {
            return val1 <= val2 ? val1 : val2;
        }

        public static short Max(short val1, short val2)
        {
            return val1 >= val2 ? val1 : val2;
        }

        public static ushort Min(ushort val1, ushort val2)
        {
            return val1 <= val2 ? val1 : val2;
        }

        public static ushort Max(ushort val1, ushort val2)
        {
            return val1 >= val2 ? val1 : val2;
        }

        public static int Min(int val1, int val2)
        {
            return val1 <= val2 ? val1 : val2;
        }

        public static int Max(int val1, int val2)
        {
            return val1 >= val2 ? val1 : val2;
        }

        public static uint Min(uint val1, uint val2)
        {
            return val1 <= val2 ? val1 : val2;
        }

        public static uint Max(uint val1, uint val2)
        {
            return val1 >= val2 ? val1 : val2;
        }

        public static long Min(long val1, long val2)
        {
            return val1 <= val2 ? val1 : val2;
        }

        public static long Max(long val1, long val2)
        {
            return val1 >= val2 ? val1 : val2;
        }

        public static ulong Min(ulong val1, ulong val2)
        {
            return val1 <= val2 ? val1 : val2;
        }

        public static ulong Max(ulong val1, ulong val2)
        {
            return val1 >= val2 ? val1 : val2;
        }

        /// OverflowException for sbyte.MinValue, which has no positive counterpart.
        public static sbyte Abs(sbyte value)
        {
            if (value < 0)
            {
                if (value == sbyte.MinValue) ThrowHelper.Overflow("Negating the minimum value of a twos complement number is invalid.");
                return (sbyte)(-value);
            }
            return value;
        }

        public static int Sign(sbyte value)
        {
            if (value < 0) return -1;
            if (value > 0) return 1;
            return 0;
        }

        /// OverflowException for short.MinValue, which has no positive counterpart.
        public static short Abs(short value)
        {
            if (value < 0)
            {
                if (value == short.MinValue) ThrowHelper.Overflow("Negating the minimum value of a twos complement number is invalid.");
                return (short)(-value);
            }
            return value;
        }

        public static int Sign(short value)
        {
            if (value < 0) return -1;
            if (value > 0) return 1;
            return 0;
        }

        /// OverflowException for int.MinValue, which has no positive counterpart.
        public static int Abs(int value)
        {
            if (value < 0)
            {
                if (value == int.MinValue) ThrowHelper.Overflow("Negating the minimum value of a twos complement number is invalid.");
                return (int)(-value);
            }
            return value;
        }

        public static int Sign(int value)
        {
            if (value < 0) return -1;
            if (value > 0) return 1;
            return 0;
        }

        /// OverflowException for long.MinValue, which has no positive counterpart.
        public static long Abs(long value)
        {
            if (value < 0)
            {
                if (value == long.MinValue) ThrowHelper.Overflow("Negating the minimum value of a twos complement number is invalid.");
                return (long)(-value);
            }
            return value;
        }

        public static int Sign(long value)
        {
            if (value < 0) return -1;
            if (value > 0) return 1;
            return 0;
        }

        public static byte Clamp(byte value, byte min, byte max)
        {
            if (min > max) ThrowHelper.Throw("System.ArgumentException", "'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            if (value < min) return min;
            if (value > max) return max;
            return value;
        }

        public static sbyte Clamp(sbyte value, sbyte min, sbyte max)
        {
            if (min > max) ThrowHelper.Throw("System.ArgumentException", "'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            if (value < min) return min;
            if (value > max) return max;
            return value;
        }

        public static short Clamp(short value, short min, short max)
        {
            if (min > max) ThrowHelper.Throw("System.ArgumentException", "'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            if (value < min) return min;
            if (value > max) return max;
            return value;
        }

        public static ushort Clamp(ushort value, ushort min, ushort max)
        {
            if (min > max) ThrowHelper.Throw("System.ArgumentException", "'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            if (value < min) return min;
            if (value > max) return max;
            return value;
        }

        public static uint Clamp(uint value, uint min, uint max)
        {
            if (min > max) ThrowHelper.Throw("System.ArgumentException", "'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            if (value < min) return min;
            if (value > max) return max;
            return value;
        }

        public static ulong Clamp(ulong value, ulong min, ulong max)
        {
            if (min > max) ThrowHelper.Throw("System.ArgumentException", "'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            if (value < min) return min;
            if (value > max) return max;
            return value;
        }

        public static float Clamp(float value, float min, float max)
        {
            if (min > max) ThrowHelper.Throw("System.ArgumentException", "'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            if (value < min) return min;
            if (value > max) return max;
            return value;
        }

        /// The quotient of `a / b`, and the remainder in `result` (DivideByZeroException for 0).
        public static int DivRem(int a, int b, out int result)
        {
            int q = a / b;
            result = a - q * b;
            return q;
        }

        public static long DivRem(long a, long b, out long result)
        {
            long q = a / b;
            result = a - q * b;
            return q;
        }

        public static int Clamp(int value, int min, int max)
        {
            if (min > max) ThrowHelper.Throw("System.ArgumentException", "'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            if (value < min) return min;
            if (value > max) return max;
            return value;
        }

        public static long Clamp(long value, long min, long max)
        {
            if (min > max) ThrowHelper.Throw("System.ArgumentException", "'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            if (value < min) return min;
            if (value > max) return max;
            return value;
        }

        public static double Clamp(double value, double min, double max)
        {
            if (min > max) ThrowHelper.Throw("System.ArgumentException", "'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            if (value < min) return min;
            if (value > max) return max;
            return value;
        }

        // decimal: exact, so Round, Floor, Ceiling and Truncate need no binary approximation.
        public static decimal Abs(decimal value) { return decimal.Abs(value); }
        public static int Sign(decimal value) { return decimal.Sign(value); }
        public static decimal Max(decimal val1, decimal val2) { return decimal.Compare(val1, val2) >= 0 ? val1 : val2; }
        public static decimal Min(decimal val1, decimal val2) { return decimal.Compare(val1, val2) < 0 ? val1 : val2; }
        public static decimal Round(decimal d) { return decimal.Round(d); }
        public static decimal Round(decimal d, int decimals) { return decimal.Round(d, decimals); }
        public static decimal Round(decimal d, MidpointRounding mode) { return decimal.Round(d, mode); }
        public static decimal Round(decimal d, int decimals, MidpointRounding mode) { return decimal.Round(d, decimals, mode); }
        public static decimal Floor(decimal d) { return decimal.Floor(d); }
        public static decimal Ceiling(decimal d) { return decimal.Ceiling(d); }
        public static decimal Truncate(decimal d) { return decimal.Truncate(d); }
    }
}
