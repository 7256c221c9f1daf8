namespace System
{
    /// Single-precision math (.NET Core 2.0 and later): each function computes in float, as
    /// the C library's `sinf`, `powf`… do, rather than through double as Math would. The
    /// natives are in stdlib/src/natives/math.rs; rounding and the remainder follow .NET
    /// Core 3.1's managed code.
    public static class MathF
    {
        public const float E = 2.71828183f;
        public const float PI = 3.14159265f;

        public static extern float Sqrt(float x);
        public static extern float Floor(float x);
        public static extern float Ceiling(float x);
        public static extern float Truncate(float x);
        public static extern float Sin(float x);
        public static extern float Cos(float x);
        public static extern float Tan(float x);
        public static extern float Asin(float x);
        public static extern float Acos(float x);
        public static extern float Atan(float x);
        public static extern float Sinh(float x);
        public static extern float Cosh(float x);
        public static extern float Tanh(float x);
        public static extern float Asinh(float x);
        public static extern float Acosh(float x);
        public static extern float Atanh(float x);
        public static extern float Cbrt(float x);
        public static extern float Exp(float x);
        public static extern float Log(float x);
        public static extern float Log10(float x);
        public static extern float Pow(float x, float y);
        public static extern float Atan2(float y, float x);

        /// Rounds half to even.
        public static extern float Round(float x);

        public static float Abs(float x)
        {
            return Math.Abs(x);
        }

        public static float Max(float x, float y)
        {
            return Math.Max(x, y);
        }

        public static float Min(float x, float y)
        {
            return Math.Min(x, y);
        }

        /// ArithmeticException for NaN, as Math.Sign.
        public static int Sign(float x)
        {
            return Math.Sign(x);
        }

        public static float Log(float x, float y)
        {
            if (float.IsNaN(x)) return x;
            if (float.IsNaN(y)) return y;
            if (y == 1) return float.NaN;
            if (x != 1 && (y == 0 || float.IsPositiveInfinity(y))) return float.NaN;
            return Log(x) / Log(y);
        }

        /// x - y * n for the integer n nearest x / y (halves to even): the remainder IEEE 754
        /// defines, not C#'s `%`.
        public static float IEEERemainder(float x, float y)
        {
            if (float.IsNaN(x)) return x;
            if (float.IsNaN(y)) return y;
            float regular = x % y;
            if (float.IsNaN(regular)) return float.NaN;
            if (regular == 0 && float.IsNegative(x)) return -0.0f;
            float alternative = regular - (Abs(y) * Sign(x));
            if (Abs(alternative) == Abs(regular))
            {
                float division = x / y;
                float rounded = Round(division);
                return Abs(rounded) > Abs(division) ? alternative : regular;
            }
            return Abs(alternative) < Abs(regular) ? alternative : regular;
        }

        public static float Round(float x, int digits)
        {
            return Round(x, digits, MidpointRounding.ToEven);
        }

        public static float Round(float x, MidpointRounding mode)
        {
            return Round(x, 0, mode);
        }

        /// Scales by a power of ten in float, rounds, scales back (.NET Core 3.1's MathF.Round);
        /// values of 1e8 and more are whole already.
        public static float Round(float x, int digits, MidpointRounding mode)
        {
            if (digits < 0 || digits > 6)
                ThrowHelper.ArgumentOutOfRange("digits", "Rounding digits must be between 0 and 15, inclusive.");
            if (mode != MidpointRounding.ToEven && mode != MidpointRounding.AwayFromZero)
                ThrowHelper.Throw("System.ArgumentException", "The value '" + ((int)mode).ToString() + "' is not valid for this usage of the type MidpointRounding. (Parameter 'mode')");
            if (Abs(x) < 100000000f)
            {
                float power10 = 1f;
                for (int i = 0; i < digits; i++) power10 *= 10f;
                x *= power10;
                if (mode == MidpointRounding.AwayFromZero)
                {
                    float whole = Truncate(x);
                    float fraction = x - whole;
                    x = whole;
                    if (Abs(fraction) >= 0.5f) x += Sign(fraction);
                }
                else
                {
                    x = Round(x);
                }
                x /= power10;
            }
            return x;
        }
    }
}
