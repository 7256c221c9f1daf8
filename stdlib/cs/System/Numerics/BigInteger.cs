namespace System.Numerics
{
    /// An integer of any size: a sign (-1, 0 or 1) and a magnitude of 32-bit limbs, least
    /// significant first, with no high zero limbs (null for zero, which is also what
    /// `default(BigInteger)` holds). Arithmetic is on magnitudes (`BigIntegerMagnitude.cs`);
    /// bitwise operators work on two's complement, as .NET's do.
    public struct BigInteger : IComparable, IComparable<BigInteger>, IEquatable<BigInteger>, IFormattable
    {
        private readonly int _sign;
        private readonly uint[] _mag;

        private BigInteger(int sign, uint[] mag)
        {
            int n = Magnitude.Length(mag);
            if (n == 0)
            {
                _sign = 0;
                _mag = null;
                return;
            }
            _sign = sign < 0 ? -1 : 1;
            _mag = n == mag.Length ? mag : Magnitude.Copy(mag, n);
        }

        public BigInteger(int value) : this((long)value)
        {
        }

        public BigInteger(uint value) : this((ulong)value)
        {
        }

        public BigInteger(long value)
        {
            if (value == 0)
            {
                _sign = 0;
                _mag = null;
                return;
            }
            _sign = value < 0 ? -1 : 1;
            ulong m = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;
            _mag = Magnitude.FromUInt64(m);
        }

        public BigInteger(ulong value)
        {
            _sign = value == 0 ? 0 : 1;
            _mag = value == 0 ? null : Magnitude.FromUInt64(value);
        }

        /// The integer part of `value` (toward zero).
        public BigInteger(double value)
        {
            if (double.IsNaN(value)) throw new OverflowException("The value is not a number.");
            if (double.IsInfinity(value)) throw new OverflowException("BigInteger cannot represent infinity.");
            double x = Math.Truncate(Math.Abs(value));
            // Scaling by a power of two is exact, and a double of 2^64 or more is a whole number
            // with room below its 53 bits: halving it down to [2^63, 2^64) keeps it whole.
            int shift = 0;
            while (x >= 79228162514264337593543950336.0)
            {
                x /= 4294967296.0;
                shift += 32;
            }
            while (x >= 18446744073709551616.0)
            {
                x /= 2;
                shift++;
            }
            uint[] mag = Magnitude.ShiftLeft(Magnitude.FromUInt64((ulong)x), shift);
            BigInteger made = new BigInteger(value < 0 ? -1 : 1, mag);
            _sign = made._sign;
            _mag = made._mag;
        }

        public BigInteger(float value) : this((double)value)
        {
        }

        /// From the little-endian two's complement bytes (ToByteArray's form).
        public BigInteger(byte[] value)
        {
            if (value == null) throw new ArgumentNullException("value");
            int n = value.Length;
            bool negative = n > 0 && (value[n - 1] & 0x80) != 0;
            uint[] limbs = new uint[(n + 3) / 4 + 1];
            for (int i = 0; i < limbs.Length * 4; i++)
            {
                uint b = i < n ? value[i] : (negative ? 0xFFu : 0u);
                limbs[i / 4] |= b << (8 * (i % 4));
            }
            BigInteger made = FromTwosComplement(limbs);
            _sign = made._sign;
            _mag = made._mag;
        }

        public static BigInteger Zero
        {
            get { return new BigInteger(0); }
        }

        public static BigInteger One
        {
            get { return new BigInteger(1); }
        }

        public static BigInteger MinusOne
        {
            get { return new BigInteger(-1); }
        }

        public int Sign
        {
            get { return _sign; }
        }

        public bool IsZero
        {
            get { return _sign == 0; }
        }

        public bool IsOne
        {
            get { return _sign == 1 && _mag.Length == 1 && _mag[0] == 1; }
        }

        public bool IsEven
        {
            get { return _sign == 0 || (_mag[0] & 1) == 0; }
        }

        public bool IsPowerOfTwo
        {
            get
            {
                if (_sign != 1) return false;
                for (int i = 0; i < _mag.Length - 1; i++)
                {
                    if (_mag[i] != 0) return false;
                }
                uint top = _mag[_mag.Length - 1];
                return (top & (top - 1)) == 0;
            }
        }

        // ---- arithmetic -------------------------------------------------------------------

        public static BigInteger operator +(BigInteger left, BigInteger right)
        {
            if (left._sign == 0) return right;
            if (right._sign == 0) return left;
            if (left._sign == right._sign) return new BigInteger(left._sign, Magnitude.Add(left._mag, right._mag));
            int c = Magnitude.Compare(left._mag, right._mag);
            if (c == 0) return Zero;
            if (c > 0) return new BigInteger(left._sign, Magnitude.Subtract(left._mag, right._mag));
            return new BigInteger(right._sign, Magnitude.Subtract(right._mag, left._mag));
        }

        public static BigInteger operator -(BigInteger left, BigInteger right)
        {
            return left + (-right);
        }

        public static BigInteger operator -(BigInteger value)
        {
            return new BigInteger(-value._sign, value._mag);
        }

        public static BigInteger operator +(BigInteger value)
        {
            return value;
        }

        public static BigInteger operator ++(BigInteger value)
        {
            return value + One;
        }

        public static BigInteger operator --(BigInteger value)
        {
            return value - One;
        }

        public static BigInteger operator *(BigInteger left, BigInteger right)
        {
            if (left._sign == 0 || right._sign == 0) return Zero;
            return new BigInteger(left._sign * right._sign, Magnitude.Multiply(left._mag, right._mag));
        }

        /// Truncating division, as for the built-in integers.
        public static BigInteger operator /(BigInteger dividend, BigInteger divisor)
        {
            BigInteger remainder;
            return DivRem(dividend, divisor, out remainder);
        }

        /// The remainder of truncating division: it has the dividend's sign.
        public static BigInteger operator %(BigInteger dividend, BigInteger divisor)
        {
            BigInteger remainder;
            DivRem(dividend, divisor, out remainder);
            return remainder;
        }

        public static BigInteger DivRem(BigInteger dividend, BigInteger divisor, out BigInteger remainder)
        {
            if (divisor._sign == 0) throw new DivideByZeroException();
            if (Magnitude.Compare(dividend._mag, divisor._mag) < 0)
            {
                remainder = dividend;
                return Zero;
            }
            uint[] rem;
            uint[] quotient = Magnitude.DivRem(dividend._mag, divisor._mag, out rem);
            remainder = new BigInteger(dividend._sign, rem);
            return new BigInteger(dividend._sign * divisor._sign, quotient);
        }

        public static BigInteger Add(BigInteger left, BigInteger right)
        {
            return left + right;
        }

        public static BigInteger Subtract(BigInteger left, BigInteger right)
        {
            return left - right;
        }

        public static BigInteger Multiply(BigInteger left, BigInteger right)
        {
            return left * right;
        }

        public static BigInteger Divide(BigInteger dividend, BigInteger divisor)
        {
            return dividend / divisor;
        }

        public static BigInteger Remainder(BigInteger dividend, BigInteger divisor)
        {
            return dividend % divisor;
        }

        public static BigInteger Negate(BigInteger value)
        {
            return -value;
        }

        public static BigInteger Abs(BigInteger value)
        {
            return value._sign < 0 ? -value : value;
        }

        public static BigInteger Pow(BigInteger value, int exponent)
        {
            if (exponent < 0) throw new ArgumentOutOfRangeException("exponent", "The number must be greater than or equal to zero.");
            BigInteger result = One;
            BigInteger square = value;
            while (exponent != 0)
            {
                if ((exponent & 1) != 0) result *= square;
                exponent >>= 1;
                if (exponent != 0) square *= square;
            }
            return result;
        }

        /// `value` to the `exponent` modulo `modulus`; the result has the sign of `value`'s
        /// remainders (negative for a negative value and odd exponent), as in .NET.
        public static BigInteger ModPow(BigInteger value, BigInteger exponent, BigInteger modulus)
        {
            if (exponent._sign < 0) throw new ArgumentOutOfRangeException("exponent", "The number must be greater than or equal to zero.");
            if (modulus._sign == 0) throw new DivideByZeroException();
            BigInteger result = One % modulus;
            BigInteger b = value % modulus;
            int bits = exponent.BitLength();
            for (int i = 0; i < bits; i++)
            {
                if ((exponent._mag[i / 32] & (1u << (i % 32))) != 0) result = result * b % modulus;
                if (i + 1 < bits) b = b * b % modulus;
            }
            return result;
        }

        public static BigInteger GreatestCommonDivisor(BigInteger left, BigInteger right)
        {
            BigInteger a = Abs(left);
            BigInteger b = Abs(right);
            while (!b.IsZero)
            {
                BigInteger t = a % b;
                a = b;
                b = t;
            }
            return a;
        }

        public static BigInteger Min(BigInteger left, BigInteger right)
        {
            return left.CompareTo(right) <= 0 ? left : right;
        }

        public static BigInteger Max(BigInteger left, BigInteger right)
        {
            return left.CompareTo(right) >= 0 ? left : right;
        }

        /// The number of significant bits of the magnitude.
        private int BitLength()
        {
            if (_sign == 0) return 0;
            uint top = _mag[_mag.Length - 1];
            int bits = 32 * (_mag.Length - 1);
            while (top != 0)
            {
                bits++;
                top >>= 1;
            }
            return bits;
        }

        public static double Log(BigInteger value)
        {
            return Log(value, Math.E);
        }

        /// From the top 64 bits and the count of the rest, as .NET Core 3.1 computes it (so the
        /// last digits agree).
        public static double Log(BigInteger value, double baseValue)
        {
            if (value._sign < 0 || baseValue == 1.0) return double.NaN;
            if (baseValue == double.PositiveInfinity) return value.IsOne ? 0.0 : double.NaN;
            if (baseValue == 0.0 && !value.IsOne) return double.NaN;
            if (value._sign == 0) return Math.Log(0.0, baseValue);
            if (value._mag.Length == 1 && value._mag[0] <= int.MaxValue) return Math.Log(value._mag[0], baseValue);
            int exponent;
            ulong top = value.Top64(out exponent);
            long bits = (long)value._mag.Length * 32 - Magnitude.LeadingZeros(value._mag[value._mag.Length - 1]);
            return Math.Log(top, baseValue) + (bits - 64) / Math.Log(baseValue, 2);
        }

        public static double Log10(BigInteger value)
        {
            return Log(value, 10);
        }

        // ---- comparison -------------------------------------------------------------------

        public int CompareTo(BigInteger other)
        {
            if (_sign != other._sign) return _sign < other._sign ? -1 : 1;
            int c = Magnitude.Compare(_mag, other._mag);
            return _sign < 0 ? -c : c;
        }

        public int CompareTo(long other)
        {
            return CompareTo(new BigInteger(other));
        }

        public int CompareTo(ulong other)
        {
            return CompareTo(new BigInteger(other));
        }

        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (!(obj is BigInteger)) throw new ArgumentException("The parameter must be a BigInteger.", "obj");
            return CompareTo((BigInteger)obj);
        }

        public static int Compare(BigInteger left, BigInteger right)
        {
            return left.CompareTo(right);
        }

        public bool Equals(BigInteger other)
        {
            return _sign == other._sign && Magnitude.Compare(_mag, other._mag) == 0;
        }

        public bool Equals(long other)
        {
            return Equals(new BigInteger(other));
        }

        public bool Equals(ulong other)
        {
            return Equals(new BigInteger(other));
        }

        public override bool Equals(object obj)
        {
            return obj is BigInteger && Equals((BigInteger)obj);
        }

        public override int GetHashCode()
        {
            int h = _sign;
            if (_mag != null)
            {
                for (int i = 0; i < _mag.Length; i++) h = h * 31 + (int)_mag[i];
            }
            return h;
        }

        public static bool operator ==(BigInteger left, BigInteger right)
        {
            return left.Equals(right);
        }

        public static bool operator !=(BigInteger left, BigInteger right)
        {
            return !left.Equals(right);
        }

        public static bool operator <(BigInteger left, BigInteger right)
        {
            return left.CompareTo(right) < 0;
        }

        public static bool operator >(BigInteger left, BigInteger right)
        {
            return left.CompareTo(right) > 0;
        }

        public static bool operator <=(BigInteger left, BigInteger right)
        {
            return left.CompareTo(right) <= 0;
        }

        public static bool operator >=(BigInteger left, BigInteger right)
        {
            return left.CompareTo(right) >= 0;
        }

        // Mixed with long and ulong, as .NET declares them (what csc and mcs call for `b < 0`).
        public static bool operator ==(BigInteger left, long right)
        {
            return left.Equals(new BigInteger(right));
        }

        public static bool operator ==(long left, BigInteger right)
        {
            return right.Equals(new BigInteger(left));
        }

        public static bool operator !=(BigInteger left, long right)
        {
            return !left.Equals(new BigInteger(right));
        }

        public static bool operator !=(long left, BigInteger right)
        {
            return !right.Equals(new BigInteger(left));
        }

        public static bool operator <(BigInteger left, long right)
        {
            return left.CompareTo(new BigInteger(right)) < 0;
        }

        public static bool operator <(long left, BigInteger right)
        {
            return new BigInteger(left).CompareTo(right) < 0;
        }

        public static bool operator >(BigInteger left, long right)
        {
            return left.CompareTo(new BigInteger(right)) > 0;
        }

        public static bool operator >(long left, BigInteger right)
        {
            return new BigInteger(left).CompareTo(right) > 0;
        }

        public static bool operator <=(BigInteger left, long right)
        {
            return left.CompareTo(new BigInteger(right)) <= 0;
        }

        public static bool operator <=(long left, BigInteger right)
        {
            return new BigInteger(left).CompareTo(right) <= 0;
        }

        public static bool operator >=(BigInteger left, long right)
        {
            return left.CompareTo(new BigInteger(right)) >= 0;
        }

        public static bool operator >=(long left, BigInteger right)
        {
            return new BigInteger(left).CompareTo(right) >= 0;
        }

        public static bool operator ==(BigInteger left, ulong right)
        {
            return left.Equals(new BigInteger(right));
        }

        public static bool operator ==(ulong left, BigInteger right)
        {
            return right.Equals(new BigInteger(left));
        }

        public static bool operator !=(BigInteger left, ulong right)
        {
            return !left.Equals(new BigInteger(right));
        }

        public static bool operator !=(ulong left, BigInteger right)
        {
            return !right.Equals(new BigInteger(left));
        }

        public static bool operator <(BigInteger left, ulong right)
        {
            return left.CompareTo(new BigInteger(right)) < 0;
        }

        public static bool operator <(ulong left, BigInteger right)
        {
            return new BigInteger(left).CompareTo(right) < 0;
        }

        public static bool operator >(BigInteger left, ulong right)
        {
            return left.CompareTo(new BigInteger(right)) > 0;
        }

        public static bool operator >(ulong left, BigInteger right)
        {
            return new BigInteger(left).CompareTo(right) > 0;
        }

        public static bool operator <=(BigInteger left, ulong right)
        {
            return left.CompareTo(new BigInteger(right)) <= 0;
        }

        public static bool operator <=(ulong left, BigInteger right)
        {
            return new BigInteger(left).CompareTo(right) <= 0;
        }

        public static bool operator >=(BigInteger left, ulong right)
        {
            return left.CompareTo(new BigInteger(right)) >= 0;
        }

        public static bool operator >=(ulong left, BigInteger right)
        {
            return new BigInteger(left).CompareTo(right) >= 0;
        }

        // ---- bits ---------------------------------------------------------------------------

        /// The value as `length` limbs of two's complement (long enough to hold its sign).
        private uint[] ToTwosComplement(int length)
        {
            uint[] limbs = new uint[length];
            if (_mag != null) Array.Copy(_mag, limbs, _mag.Length);
            if (_sign < 0)
            {
                ulong carry = 1;
                for (int i = 0; i < length; i++)
                {
                    ulong v = (ulong)(~limbs[i]) + carry;
                    limbs[i] = (uint)v;
                    carry = v >> 32;
                }
            }
            return limbs;
        }

        private static BigInteger FromTwosComplement(uint[] limbs)
        {
            bool negative = limbs.Length > 0 && (limbs[limbs.Length - 1] & 0x80000000u) != 0;
            if (!negative) return new BigInteger(1, limbs);
            uint[] mag = new uint[limbs.Length];
            ulong carry = 1;
            for (int i = 0; i < limbs.Length; i++)
            {
                ulong v = (ulong)(~limbs[i]) + carry;
                mag[i] = (uint)v;
                carry = v >> 32;
            }
            return new BigInteger(-1, mag);
        }

        private static int TwosLength(BigInteger a, BigInteger b)
        {
            return Math.Max(Magnitude.Length(a._mag), Magnitude.Length(b._mag)) + 1;
        }

        public static BigInteger operator &(BigInteger left, BigInteger right)
        {
            int n = TwosLength(left, right);
            uint[] a = left.ToTwosComplement(n);
            uint[] b = right.ToTwosComplement(n);
            for (int i = 0; i < n; i++) a[i] &= b[i];
            return FromTwosComplement(a);
        }

        public static BigInteger operator |(BigInteger left, BigInteger right)
        {
            int n = TwosLength(left, right);
            uint[] a = left.ToTwosComplement(n);
            uint[] b = right.ToTwosComplement(n);
            for (int i = 0; i < n; i++) a[i] |= b[i];
            return FromTwosComplement(a);
        }

        public static BigInteger operator ^(BigInteger left, BigInteger right)
        {
            int n = TwosLength(left, right);
            uint[] a = left.ToTwosComplement(n);
            uint[] b = right.ToTwosComplement(n);
            for (int i = 0; i < n; i++) a[i] ^= b[i];
            return FromTwosComplement(a);
        }

        public static BigInteger operator ~(BigInteger value)
        {
            return -(value + One);
        }

        public static BigInteger operator <<(BigInteger value, int shift)
        {
            if (shift < 0) return value >> -shift;
            return new BigInteger(value._sign, Magnitude.ShiftLeft(value._mag, shift));
        }

        /// An arithmetic shift: rounds toward negative infinity, as two's complement does.
        public static BigInteger operator >>(BigInteger value, int shift)
        {
            if (shift < 0) return value << -shift;
            if (value._sign >= 0) return new BigInteger(1, Magnitude.ShiftRight(value._mag, shift));
            // -x >> n is -((x - 1) >> n) - 1.
            BigInteger m = -value - One;
            return -new BigInteger(1, Magnitude.ShiftRight(m._mag, shift)) - One;
        }

        /// The little-endian two's complement bytes, as few as hold the value and its sign.
        public byte[] ToByteArray()
        {
            uint[] limbs = ToTwosComplement(Magnitude.Length(_mag) + 1);
            byte[] bytes = new byte[limbs.Length * 4];
            for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)(limbs[i / 4] >> (8 * (i % 4)));
            byte fill = _sign < 0 ? (byte)0xFF : (byte)0;
            int n = bytes.Length;
            // Drop the sign-extension bytes that the byte before them already implies.
            while (n > 1 && bytes[n - 1] == fill && ((bytes[n - 2] & 0x80) != 0) == (fill != 0)) n--;
            byte[] result = new byte[n];
            Array.Copy(bytes, result, n);
            return result;
        }

        // ---- conversions --------------------------------------------------------------------

        public static implicit operator BigInteger(int value)
        {
            return new BigInteger(value);
        }

        public static implicit operator BigInteger(uint value)
        {
            return new BigInteger(value);
        }

        public static implicit operator BigInteger(long value)
        {
            return new BigInteger(value);
        }

        public static implicit operator BigInteger(ulong value)
        {
            return new BigInteger(value);
        }

        public static implicit operator BigInteger(short value)
        {
            return new BigInteger(value);
        }

        public static implicit operator BigInteger(ushort value)
        {
            return new BigInteger(value);
        }

        public static implicit operator BigInteger(byte value)
        {
            return new BigInteger(value);
        }

        public static implicit operator BigInteger(sbyte value)
        {
            return new BigInteger(value);
        }

        public static explicit operator BigInteger(double value)
        {
            return new BigInteger(value);
        }

        public static explicit operator BigInteger(float value)
        {
            return new BigInteger(value);
        }

        /// The magnitude as a ulong, or an OverflowException when it needs more.
        private ulong Low64()
        {
            int n = Magnitude.Length(_mag);
            if (n > 2) throw new OverflowException();
            ulong m = 0;
            if (n > 0) m = _mag[0];
            if (n > 1) m |= (ulong)_mag[1] << 32;
            return m;
        }

        public static explicit operator long(BigInteger value)
        {
            ulong m = value.Low64();
            if (value._sign >= 0)
            {
                if (m > long.MaxValue) throw new OverflowException();
                return (long)m;
            }
            if (m > 9223372036854775808UL) throw new OverflowException();
            return (long)(0 - m);
        }

        public static explicit operator ulong(BigInteger value)
        {
            ulong m = value.Low64();
            if (value._sign < 0) throw new OverflowException();
            return m;
        }

        public static explicit operator int(BigInteger value)
        {
            long v = (long)value;
            if (v < int.MinValue || v > int.MaxValue) throw new OverflowException();
            return (int)v;
        }

        public static explicit operator uint(BigInteger value)
        {
            if (value._sign < 0 || Magnitude.Length(value._mag) > 1) throw new OverflowException();
            return value._sign == 0 ? 0u : value._mag[0];
        }

        public static explicit operator short(BigInteger value)
        {
            int v = (int)value;
            if (v < short.MinValue || v > short.MaxValue) throw new OverflowException();
            return (short)v;
        }

        public static explicit operator byte(BigInteger value)
        {
            int v = (int)value;
            if (v < 0 || v > 255) throw new OverflowException();
            return (byte)v;
        }

        /// The top 64 bits of the magnitude (its highest set bit at bit 63) and the power of
        /// two they are scaled by: value ≈ top · 2^exponent.
        private ulong Top64(out int exponent)
        {
            int n = _mag.Length;
            ulong h = _mag[n - 1];
            ulong m = n > 1 ? _mag[n - 2] : 0;
            ulong l = n > 2 ? _mag[n - 3] : 0;
            int z = Magnitude.LeadingZeros((uint)h);
            exponent = (n - 2) * 32 - z;
            return (h << (32 + z)) | (m << z) | (l >> (32 - z));
        }

        /// A double of the top 53 bits, the rest cut off (not rounded): .NET Core 3.1's
        /// conversion, so `(double)BigInteger.Pow(10, 30)` is 9.999999999999999E+29 there too.
        public static explicit operator double(BigInteger value)
        {
            if (value._sign == 0) return 0;
            if (value._mag.Length > 32) return value._sign < 0 ? double.NegativeInfinity : double.PositiveInfinity;
            int exponent;
            ulong top = value.Top64(out exponent);
            double d = (double)(top >> 11);
            exponent += 11;
            // Scaling by powers of two is exact until it overflows to infinity, as it should.
            while (exponent >= 30)
            {
                d *= 1073741824.0;
                exponent -= 30;
            }
            while (exponent <= -30)
            {
                d /= 1073741824.0;
                exponent += 30;
            }
            if (exponent >= 0) d *= 1 << exponent;
            else d /= 1 << -exponent;
            return value._sign < 0 ? -d : d;
        }

        public static explicit operator float(BigInteger value)
        {
            return (float)(double)value;
        }

        // ---- text ---------------------------------------------------------------------------

        public override string ToString()
        {
            return ToString(null);
        }

        /// "G", "D" or "R" (decimal; "Dn" pads with zeros to n digits) and "X"/"x" (two's
        /// complement hexadecimal, with a leading 0 when a positive value's top digit is 8 or more;
        /// "Xn" pads).
        public string ToString(string format)
        {
            char kind = 'G';
            int precision = -1;
            if (format != null && format.Length > 0)
            {
                kind = format[0];
                if (format.Length > 1)
                {
                    precision = 0;
                    for (int i = 1; i < format.Length; i++)
                    {
                        char c = format[i];
                        if (c < '0' || c > '9') throw new FormatException("Format specifier was invalid.");
                        precision = precision * 10 + (c - '0');
                    }
                }
            }
            switch (kind)
            {
                case 'G':
                case 'g':
                case 'D':
                case 'd':
                case 'R':
                case 'r':
                    {
                        string digits = Magnitude.ToDecimal(_mag);
                        if (precision > digits.Length && (kind == 'D' || kind == 'd')) digits = new string('0', precision - digits.Length) + digits;
                        return _sign < 0 ? "-" + digits : digits;
                    }
                case 'X':
                case 'x':
                    return ToHex(kind == 'X', precision);
                default:
                    throw new FormatException("Format specifier was invalid.");
            }
        }

        /// The provider is ignored: the library formats with the invariant culture.
        public string ToString(string format, IFormatProvider provider)
        {
            return ToString(format);
        }

        private string ToHex(bool upper, int precision)
        {
            string digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
            uint[] limbs = ToTwosComplement(Magnitude.Length(_mag) + 1);
            var sb = new System.Text.StringBuilder();
            for (int i = limbs.Length * 8 - 1; i >= 0; i--) sb.Append(digits[(int)(limbs[i / 8] >> (4 * (i % 8))) & 0xF]);
            string s = sb.ToString();
            // Drop the leading digits the sign already implies, keeping one that shows it.
            char fill = _sign < 0 ? digits[15] : '0';
            int start = 0;
            while (start < s.Length - 1 && s[start] == fill && (HexValue(s[start + 1]) >= 8) == (_sign < 0)) start++;
            s = s.Substring(start);
            if (precision > s.Length) s = new string(fill, precision - s.Length) + s;
            return s;
        }

        private static int HexValue(char c)
        {
            if (c <= '9') return c - '0';
            return (c | 0x20) - 'a' + 10;
        }

        public static BigInteger Parse(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            BigInteger result;
            if (!TryParse(value, out result)) throw new FormatException("The value could not be parsed.");
            return result;
        }

        /// An optionally signed run of decimal digits, with white space around it allowed.
        public static bool TryParse(string value, out BigInteger result)
        {
            result = Zero;
            if (value == null) return false;
            string s = value.Trim();
            int i = 0;
            int sign = 1;
            if (s.Length > 0 && (s[0] == '-' || s[0] == '+'))
            {
                if (s[0] == '-') sign = -1;
                i = 1;
            }
            if (i >= s.Length) return false;
            uint[] mag = new uint[(s.Length - i) / 9 + 1];
            for (; i < s.Length; i++)
            {
                char c = s[i];
                if (c < '0' || c > '9') return false;
                Magnitude.MultiplyAddInPlace(mag, 10, (uint)(c - '0'));
            }
            result = new BigInteger(sign, mag);
            return true;
        }
    }
}
