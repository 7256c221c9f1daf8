namespace System.Numerics
{
    /// A complex number of two doubles, computed with .NET Core 3.1's formulas (Smith's
    /// division, a scaled hypotenuse, the cancellation-free square root, the polar power) so
    /// results agree to the last digit. Printed as `(re, im)`.
    public struct Complex : IEquatable<Complex>, IFormattable
    {
        public static readonly Complex Zero = new Complex(0.0, 0.0);
        public static readonly Complex One = new Complex(1.0, 0.0);
        public static readonly Complex ImaginaryOne = new Complex(0.0, 1.0);

        /// 1 / ln 10 as .NET writes it (its Log10 scales by this rounded constant).
        private const double InverseOfLog10 = 0.43429448190325;
        private static readonly double s_sqrtRescaleThreshold = double.MaxValue / (Math.Sqrt(2.0) + 1.0);
        /// Past this, the squares inside Asin/Acos's hypotenuses could overflow.
        private static readonly double s_asinOverflowThreshold = Math.Sqrt(double.MaxValue) / 2.0;
        private static readonly double s_log2 = Math.Log(2.0);

        private readonly double _real;
        private readonly double _imaginary;

        public Complex(double real, double imaginary)
        {
            _real = real;
            _imaginary = imaginary;
        }

        public double Real
        {
            get { return _real; }
        }

        public double Imaginary
        {
            get { return _imaginary; }
        }

        public double Magnitude
        {
            get { return Abs(this); }
        }

        public double Phase
        {
            get { return Math.Atan2(_imaginary, _real); }
        }

        public static Complex FromPolarCoordinates(double magnitude, double phase)
        {
            return new Complex(magnitude * Math.Cos(phase), magnitude * Math.Sin(phase));
        }

        /// sqrt(a² + b²) without overflowing for large parts.
        private static double Hypot(double a, double b)
        {
            a = Math.Abs(a);
            b = Math.Abs(b);
            double small = a < b ? a : b;
            double large = a < b ? b : a;
            if (small == 0.0) return large;
            if (double.IsPositiveInfinity(large) && !double.IsNaN(small)) return double.PositiveInfinity;
            double ratio = small / large;
            return large * Math.Sqrt(1.0 + ratio * ratio);
        }

        public static double Abs(Complex value)
        {
            return Hypot(value._real, value._imaginary);
        }

        public static Complex Negate(Complex value)
        {
            return -value;
        }

        public static Complex Add(Complex left, Complex right)
        {
            return left + right;
        }

        public static Complex Subtract(Complex left, Complex right)
        {
            return left - right;
        }

        public static Complex Multiply(Complex left, Complex right)
        {
            return left * right;
        }

        public static Complex Divide(Complex dividend, Complex divisor)
        {
            return dividend / divisor;
        }

        public static Complex operator -(Complex value)
        {
            return new Complex(-value._real, -value._imaginary);
        }

        public static Complex operator +(Complex left, Complex right)
        {
            return new Complex(left._real + right._real, left._imaginary + right._imaginary);
        }

        public static Complex operator -(Complex left, Complex right)
        {
            return new Complex(left._real - right._real, left._imaginary - right._imaginary);
        }

        public static Complex operator *(Complex left, Complex right)
        {
            double real = left._real * right._real - left._imaginary * right._imaginary;
            double imaginary = left._imaginary * right._real + left._real * right._imaginary;
            return new Complex(real, imaginary);
        }

        /// Smith's algorithm: divides by the larger of the divisor's parts first.
        public static Complex operator /(Complex left, Complex right)
        {
            double a = left._real, b = left._imaginary, c = right._real, d = right._imaginary;
            if (Math.Abs(d) < Math.Abs(c))
            {
                double doc = d / c;
                return new Complex((a + b * doc) / (c + d * doc), (b - a * doc) / (c + d * doc));
            }
            double cod = c / d;
            return new Complex((b + a * cod) / (d + c * cod), (-a + b * cod) / (d + c * cod));
        }

        public static bool operator ==(Complex left, Complex right)
        {
            return left._real == right._real && left._imaginary == right._imaginary;
        }

        public static bool operator !=(Complex left, Complex right)
        {
            return !(left == right);
        }

        public static Complex Conjugate(Complex value)
        {
            return new Complex(value._real, -value._imaginary);
        }

        public static Complex Reciprocal(Complex value)
        {
            if (value._real == 0 && value._imaginary == 0) return Zero;
            return One / value;
        }

        public static Complex Exp(Complex value)
        {
            double expReal = Math.Exp(value._real);
            return new Complex(expReal * Math.Cos(value._imaginary), expReal * Math.Sin(value._imaginary));
        }

        public static Complex Log(Complex value)
        {
            return new Complex(Math.Log(Abs(value)), Math.Atan2(value._imaginary, value._real));
        }

        public static Complex Log(Complex value, double baseValue)
        {
            return Log(value) / Log(new Complex(baseValue, 0.0));
        }

        public static Complex Log10(Complex value)
        {
            Complex log = Log(value);
            return new Complex(log._real * InverseOfLog10, log._imaginary * InverseOfLog10);
        }

        /// x + iy with x² - y² = a and 2xy = b, the part free of cancellation computed first;
        /// huge values are scaled by 1/4 (exactly) to keep the hypotenuse finite.
        public static Complex Sqrt(Complex value)
        {
            if (value._imaginary == 0.0)
            {
                if (value._real < 0.0) return new Complex(0.0, Math.Sqrt(-value._real));
                return new Complex(Math.Sqrt(value._real), 0.0);
            }
            bool rescale = false;
            double re = value._real;
            double im = value._imaginary;
            if (Math.Abs(re) >= s_sqrtRescaleThreshold || Math.Abs(im) >= s_sqrtRescaleThreshold)
            {
                if (double.IsInfinity(im) && !double.IsNaN(re)) return new Complex(double.PositiveInfinity, im);
                re *= 0.25;
                im *= 0.25;
                rescale = true;
            }
            double x, y;
            if (re >= 0.0)
            {
                x = Math.Sqrt((Hypot(re, im) + re) * 0.5);
                y = im / (2.0 * x);
            }
            else
            {
                y = Math.Sqrt((Hypot(re, im) - re) * 0.5);
                if (im < 0.0) y = -y;
                x = im / (2.0 * y);
            }
            if (rescale)
            {
                x *= 2.0;
                y *= 2.0;
            }
            return new Complex(x, y);
        }

        /// value^power through polar form.
        public static Complex Pow(Complex value, Complex power)
        {
            if (power == Zero) return One;
            if (value == Zero) return Zero;
            double rho = Abs(value);
            double theta = Math.Atan2(value._imaginary, value._real);
            double newRho = power._real * theta + power._imaginary * Math.Log(rho);
            double t = Math.Pow(rho, power._real) * Math.Pow(Math.E, -power._imaginary * theta);
            return new Complex(t * Math.Cos(newRho), t * Math.Sin(newRho));
        }

        public static Complex Pow(Complex value, double power)
        {
            return Pow(value, new Complex(power, 0));
        }

        public static Complex Sin(Complex value)
        {
            double p = Math.Exp(value._imaginary);
            double q = 1 / p;
            double sinh = (p - q) * 0.5;
            double cosh = (p + q) * 0.5;
            return new Complex(Math.Sin(value._real) * cosh, Math.Cos(value._real) * sinh);
        }

        public static Complex Cos(Complex value)
        {
            double p = Math.Exp(value._imaginary);
            double q = 1 / p;
            double sinh = (p - q) * 0.5;
            double cosh = (p + q) * 0.5;
            return new Complex(Math.Cos(value._real) * cosh, -Math.Sin(value._real) * sinh);
        }

        /// (sin 2x + i sinh 2y) / (cos 2x + cosh 2y), divided through by cosh 2y for |y| > 4.
        public static Complex Tan(Complex value)
        {
            double x2 = 2.0 * value._real;
            double y2 = 2.0 * value._imaginary;
            double p = Math.Exp(y2);
            double q = 1 / p;
            double cosh = (p + q) * 0.5;
            if (Math.Abs(value._imaginary) <= 4.0)
            {
                double sinh = (p - q) * 0.5;
                double d = Math.Cos(x2) + cosh;
                return new Complex(Math.Sin(x2) / d, sinh / d);
            }
            double d2 = 1.0 + Math.Cos(x2) / cosh;
            return new Complex(Math.Sin(x2) / cosh / d2, Math.Tanh(y2) / d2);
        }

        public static Complex Sinh(Complex value)
        {
            Complex sin = Sin(new Complex(-value._imaginary, value._real));
            return new Complex(sin._imaginary, -sin._real);
        }

        public static Complex Cosh(Complex value)
        {
            return Cos(new Complex(-value._imaginary, value._real));
        }

        public static Complex Tanh(Complex value)
        {
            Complex tan = Tan(new Complex(-value._imaginary, value._real));
            return new Complex(tan._imaginary, -tan._real);
        }

        public static Complex Atan(Complex value)
        {
            Complex two = new Complex(2.0, 0.0);
            return (ImaginaryOne / two) * (Log(One - ImaginaryOne * value) - Log(One + ImaginaryOne * value));
        }

        /// u + iv with u = arcsin(beta) and v = ±ln(alpha + sqrt(alpha² - 1)), where alpha and
        /// beta are the half sum and half difference of the distances to ±1 (Hull, Fairgrieve
        /// and Tang). The signs of the parts follow the input's, which puts the branch cuts on
        /// the real axis beyond ±1; a zero part, -0 too, counts as positive, as in .NET.
        public static Complex Asin(Complex value)
        {
            double beta, tanU, v;
            ArcSineParts(Math.Abs(value._real), Math.Abs(value._imaginary), out beta, out tanU, out v);
            double u = tanU < 0.0 ? Math.Asin(beta) : Math.Atan(tanU);
            if (value._real < 0.0) u = -u;
            if (value._imaginary < 0.0) v = -v;
            return new Complex(u, v);
        }

        /// arccos(beta) - iv from the same parts as Asin; a negative real part reflects the
        /// angle to pi - u, and the imaginary part takes the sign opposite the input's.
        public static Complex Acos(Complex value)
        {
            double beta, tanU, v;
            ArcSineParts(Math.Abs(value._real), Math.Abs(value._imaginary), out beta, out tanU, out v);
            double u = tanU < 0.0 ? Math.Acos(beta) : Math.Atan(1.0 / tanU);
            if (value._real < 0.0) u = Math.PI - u;
            if (value._imaginary > 0.0) v = -v;
            return new Complex(u, v);
        }

        /// The magnitudes shared by Asin and Acos for x, y >= 0: beta = x / alpha (cancellation-
        /// free, unlike the half difference), v = ln(alpha + sqrt(alpha² - 1)), and, when beta is
        /// near 1 where arcsin and arccos lose the angle, tanU = tan(arcsin beta) instead (-1
        /// when not computed). Near alpha = 1 the logarithm's argument is 1 + (alpha - 1) + ...,
        /// so alpha - 1 is formed without cancellation and fed to LogOnePlus; where y² could
        /// underflow, y is taken out from under the square roots. Past the overflow threshold
        /// alpha ~ |z| and the formulas simplify to ln 2 + ln|z|.
        private static void ArcSineParts(double x, double y, out double beta, out double tanU, out double v)
        {
            if (x > s_asinOverflowThreshold || y > s_asinOverflowThreshold)
            {
                beta = -1.0;
                tanU = x / y;
                double small = x < y ? x : y;
                double big = x < y ? y : x;
                double ratio = small / big;
                v = s_log2 + Math.Log(big) + 0.5 * LogOnePlus(ratio * ratio);
                return;
            }
            double r = Hypot(x + 1.0, y);
            double s = Hypot(x - 1.0, y);
            double alpha = (r + s) * 0.5;
            beta = x / alpha;

            tanU = -1.0;
            if (beta > 0.75)
            {
                if (x <= 1.0)
                {
                    double alphaMinusX = (y * y / (r + (x + 1.0)) + (s + (1.0 - x))) * 0.5;
                    tanU = x / Math.Sqrt((alpha + x) * alphaMinusX);
                }
                else
                {
                    // alpha - x ~ y² here: its factor y comes out of the root.
                    double t = (1.0 / (r + (x + 1.0)) + 1.0 / (s + (x - 1.0))) * 0.5;
                    tanU = x / y / Math.Sqrt((alpha + x) * t);
                }
            }

            if (alpha < 1.5)
            {
                if (x < 1.0)
                {
                    // alpha - 1 ~ y² here: its factor y comes out of the root.
                    double t = (1.0 / (r + (x + 1.0)) + 1.0 / (s + (1.0 - x))) * 0.5;
                    double alphaMinusOne = y * y * t;
                    v = LogOnePlus(alphaMinusOne + y * Math.Sqrt(t * (alpha + 1.0)));
                }
                else
                {
                    double alphaMinusOne = (y * y / (r + (x + 1.0)) + (s + (x - 1.0))) * 0.5;
                    v = LogOnePlus(alphaMinusOne + Math.Sqrt(alphaMinusOne * (alpha + 1.0)));
                }
            }
            else
            {
                // Both parts are under the threshold, so alpha² is finite.
                v = Math.Log(alpha + Math.Sqrt((alpha - 1.0) * (alpha + 1.0)));
            }
        }

        /// ln(1 + x) for x >= 0 as .NET Core 3.1 computes it: x itself when 1 + x rounds to 1,
        /// and for small x the rounding of 1 + x corrected by x / ((1 + x) - 1).
        private static double LogOnePlus(double x)
        {
            double sum = 1.0 + x;
            if (sum == 1.0) return x;
            if (x < 0.75) return x * Math.Log(sum) / (sum - 1.0);
            return Math.Log(sum);
        }

        public static implicit operator Complex(short value)
        {
            return new Complex(value, 0.0);
        }

        public static implicit operator Complex(int value)
        {
            return new Complex(value, 0.0);
        }

        public static implicit operator Complex(long value)
        {
            return new Complex(value, 0.0);
        }

        public static implicit operator Complex(ushort value)
        {
            return new Complex(value, 0.0);
        }

        public static implicit operator Complex(uint value)
        {
            return new Complex(value, 0.0);
        }

        public static implicit operator Complex(ulong value)
        {
            return new Complex(value, 0.0);
        }

        public static implicit operator Complex(sbyte value)
        {
            return new Complex(value, 0.0);
        }

        public static implicit operator Complex(byte value)
        {
            return new Complex(value, 0.0);
        }

        public static implicit operator Complex(float value)
        {
            return new Complex(value, 0.0);
        }

        public static implicit operator Complex(double value)
        {
            return new Complex(value, 0.0);
        }

        public static explicit operator Complex(BigInteger value)
        {
            return new Complex((double)value, 0.0);
        }

        public bool Equals(Complex value)
        {
            return _real.Equals(value._real) && _imaginary.Equals(value._imaginary);
        }

        public override bool Equals(object obj)
        {
            return obj is Complex && Equals((Complex)obj);
        }

        public override int GetHashCode()
        {
            int n1 = 99999997;
            int realHash = _real.GetHashCode() % n1;
            int imaginaryHash = _imaginary.GetHashCode();
            return realHash ^ imaginaryHash;
        }

        public override string ToString()
        {
            return "(" + _real.ToString() + ", " + _imaginary.ToString() + ")";
        }

        public string ToString(string format)
        {
            return "(" + _real.ToString(format) + ", " + _imaginary.ToString(format) + ")";
        }

        /// The provider is ignored: the library formats with the invariant culture.
        public string ToString(string format, IFormatProvider provider)
        {
            return ToString(format);
        }
    }
}
