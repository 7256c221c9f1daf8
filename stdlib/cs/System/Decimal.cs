namespace System
{
    /// A decimal floating-point number: a 96-bit integer coefficient, a sign and a scale (a
    /// power of ten from 0 to 28 dividing it), so 1.50m keeps its two decimals. The fields are
    /// .NET Core's, in its order, because the natives (stdlib/src/natives/decimal.rs, over the
    /// `decimal` crate the compiler also folds constants with) read the struct in place.
    ///
    /// C# gives decimal predefined operators, but no IL instruction works on it: the compiler
    /// calls the operator methods below (`a + b` is `op_Addition(a, b)`), so none of them may
    /// use a decimal operator itself.
    public partial struct Decimal : IComparable, IComparable<decimal>, IEquatable<decimal>, IConvertible, IFormattable
    {
        // flags: bit 31 is the sign, bits 16-23 the scale; the other bits are zero.
        private readonly int flags;
        private readonly int hi;
        private readonly int lo;
        private readonly int mid;

        private const int SignMask = unchecked((int)0x80000000);
        private const int ScaleShift = 16;

        public const decimal Zero = 0m;
        public const decimal One = 1m;
        public const decimal MinusOne = -1m;
        public const decimal MaxValue = 79228162514264337593543950335m;
        public const decimal MinValue = -79228162514264337593543950335m;

        public Decimal(int value)
        {
            mid = 0;
            hi = 0;
            if (value >= 0)
            {
                flags = 0;
                lo = value;
            }
            else
            {
                flags = SignMask;
                lo = -value; // int.MinValue stays 0x80000000: its magnitude as a uint
            }
        }

        public Decimal(uint value)
        {
            flags = 0;
            lo = (int)value;
            mid = 0;
            hi = 0;
        }

        public Decimal(long value)
        {
            hi = 0;
            ulong magnitude;
            if (value >= 0)
            {
                flags = 0;
                magnitude = (ulong)value;
            }
            else
            {
                flags = SignMask;
                magnitude = (ulong)(-value); // long.MinValue wraps to its magnitude
            }
            lo = (int)magnitude;
            mid = (int)(magnitude >> 32);
        }

        public Decimal(ulong value)
        {
            flags = 0;
            lo = (int)value;
            mid = (int)(value >> 32);
            hi = 0;
        }

        /// OverflowException when the value is out of decimal's range (or NaN or infinite).
        public Decimal(double value)
        {
            decimal d = FromDouble(value);
            flags = d.flags;
            hi = d.hi;
            lo = d.lo;
            mid = d.mid;
        }

        public Decimal(float value)
        {
            decimal d = FromSingle(value);
            flags = d.flags;
            hi = d.hi;
            lo = d.lo;
            mid = d.mid;
        }

        public Decimal(int lo, int mid, int hi, bool isNegative, byte scale)
        {
            if (scale > 28)
                ThrowHelper.ArgumentOutOfRange("scale", "Decimal's scale value must be between 0 and 28, inclusive.");
            this.lo = lo;
            this.mid = mid;
            this.hi = hi;
            flags = (int)scale << ScaleShift;
            if (isNegative) flags |= SignMask;
        }

        /// The four ints of GetBits: low, middle and high 32 bits, then the flags.
        public Decimal(int[] bits)
        {
            if (bits == null) ThrowHelper.ArgumentNull("bits");
            if (bits.Length != 4 || (bits[3] & 0x7F00FFFF) != 0 || ((bits[3] >> ScaleShift) & 0xFF) > 28)
                ThrowHelper.Throw("System.ArgumentException", "Decimal byte array constructor requires an array of length four containing valid decimal bytes.");
            lo = bits[0];
            mid = bits[1];
            hi = bits[2];
            flags = bits[3];
        }

        public static int[] GetBits(decimal d)
        {
            return new int[] { d.lo, d.mid, d.hi, d.flags };
        }

        // The arithmetic, in Rust. OverflowException ("Value was either too large or too small
        // for a Decimal.") when a result is out of range, DivideByZeroException for a zero divisor.
        public static extern decimal Add(decimal d1, decimal d2);
        public static extern decimal Subtract(decimal d1, decimal d2);
        public static extern decimal Multiply(decimal d1, decimal d2);
        public static extern decimal Divide(decimal d1, decimal d2);
        public static extern decimal Remainder(decimal d1, decimal d2);
        public static extern decimal Truncate(decimal d);
        public static extern decimal Floor(decimal d);
        public static extern decimal Ceiling(decimal d);
        public static extern double ToDouble(decimal d);
        public static extern float ToSingle(decimal d);

        /// -1, 0 or 1; 1.0m and 1.00m are equal.
        public static extern int Compare(decimal d1, decimal d2);

        private static extern decimal FromDouble(double value);
        private static extern decimal FromSingle(float value);
        private static extern decimal RoundNative(decimal d, int decimals, int mode);
        private static extern int HashCode(decimal d);

        /// The integral part as the integer type `kind` (Number's codes, 8 for char), or
        /// OverflowException naming that type. A ulong comes back as its bit pattern.
        private static extern long ToInteger(decimal d, int kind);

        public static decimal Negate(decimal d)
        {
            return new decimal(d.lo, d.mid, d.hi, d.flags >= 0, (byte)(d.flags >> ScaleShift));
        }

        internal static decimal Abs(decimal d)
        {
            return new decimal(d.lo, d.mid, d.hi, false, (byte)(d.flags >> ScaleShift));
        }

        internal static int Sign(decimal d)
        {
            if ((d.lo | d.mid | d.hi) == 0) return 0;
            return d.flags < 0 ? -1 : 1;
        }

        public static decimal Round(decimal d)
        {
            return RoundNative(d, 0, 0);
        }

        public static decimal Round(decimal d, int decimals)
        {
            return Round(d, decimals, MidpointRounding.ToEven);
        }

        public static decimal Round(decimal d, MidpointRounding mode)
        {
            return Round(d, 0, mode);
        }

        public static decimal Round(decimal d, int decimals, MidpointRounding mode)
        {
            if (decimals < 0 || decimals > 28)
                ThrowHelper.ArgumentOutOfRange("decimals", "Decimal can only round to between 0 and 28 digits of precision.");
            if (mode != MidpointRounding.ToEven && mode != MidpointRounding.AwayFromZero)
                ThrowHelper.Throw("System.ArgumentException", "The value '" + ((int)mode).ToString() + "' is not valid for this usage of the type MidpointRounding. (Parameter 'mode')");
            return RoundNative(d, decimals, (int)mode);
        }

        public static int ToInt32(decimal d) { return (int)ToInteger(d, 4); }
        public static uint ToUInt32(decimal d) { return (uint)ToInteger(d, 5); }
        public static long ToInt64(decimal d) { return ToInteger(d, 6); }
        public static ulong ToUInt64(decimal d) { return (ulong)ToInteger(d, 7); }
        public static short ToInt16(decimal d) { return (short)ToInteger(d, 2); }
        public static ushort ToUInt16(decimal d) { return (ushort)ToInteger(d, 3); }
        public static byte ToByte(decimal d) { return (byte)ToInteger(d, 1); }
        public static sbyte ToSByte(decimal d) { return (sbyte)ToInteger(d, 0); }

        public static decimal Parse(string s)
        {
            return Number.ParseDecimal(s);
        }

        public static bool TryParse(string s, out decimal result)
        {
            if (Number.ParseDecimalStatus(s) != 0)
            {
                result = new decimal(0);
                return false;
            }
            result = Number.ParseDecimal(s);
            return true;
        }

        /// Every digit of the coefficient, with as many decimals as the scale: 1.50m is "1.50".
        public override string ToString()
        {
            return Number.FormatDecimal(this, null);
        }

        public string ToString(string format)
        {
            return Number.FormatDecimal(this, format);
        }

        /// The provider is ignored: the library formats with the invariant culture.
        public string ToString(string format, IFormatProvider provider)
        {
            return ToString(format);
        }

        public override bool Equals(object value)
        {
            if (!(value is decimal)) return false;
            return Compare(this, (decimal)value) == 0;
        }

        public bool Equals(decimal value)
        {
            return Compare(this, value) == 0;
        }

        public static bool Equals(decimal d1, decimal d2)
        {
            return Compare(d1, d2) == 0;
        }

        /// Equal values hash alike (1.0m and 1.00m too).
        public override int GetHashCode()
        {
            return HashCode(this);
        }

        public int CompareTo(decimal value)
        {
            return Compare(this, value);
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is decimal)) ThrowHelper.Throw("System.ArgumentException", "Object must be of type Decimal.");
            return Compare(this, (decimal)value);
        }

        public static implicit operator decimal(byte value) { return new decimal((int)value); }
        public static implicit operator decimal(sbyte value) { return new decimal((int)value); }
        public static implicit operator decimal(short value) { return new decimal((int)value); }
        public static implicit operator decimal(ushort value) { return new decimal((int)value); }
        public static implicit operator decimal(char value) { return new decimal((int)value); }
        public static implicit operator decimal(int value) { return new decimal(value); }
        public static implicit operator decimal(uint value) { return new decimal(value); }
        public static implicit operator decimal(long value) { return new decimal(value); }
        public static implicit operator decimal(ulong value) { return new decimal(value); }
        public static explicit operator decimal(float value) { return FromSingle(value); }
        public static explicit operator decimal(double value) { return FromDouble(value); }

        public static explicit operator byte(decimal value) { return (byte)ToInteger(value, 1); }
        public static explicit operator sbyte(decimal value) { return (sbyte)ToInteger(value, 0); }
        public static explicit operator char(decimal value) { return (char)ToInteger(value, 8); }
        public static explicit operator short(decimal value) { return (short)ToInteger(value, 2); }
        public static explicit operator ushort(decimal value) { return (ushort)ToInteger(value, 3); }
        public static explicit operator int(decimal value) { return (int)ToInteger(value, 4); }
        public static explicit operator uint(decimal value) { return (uint)ToInteger(value, 5); }
        public static explicit operator long(decimal value) { return ToInteger(value, 6); }
        public static explicit operator ulong(decimal value) { return (ulong)ToInteger(value, 7); }
        public static explicit operator float(decimal value) { return ToSingle(value); }
        public static explicit operator double(decimal value) { return ToDouble(value); }

        public static decimal operator +(decimal d) { return d; }
        public static decimal operator -(decimal d) { return Negate(d); }
        public static decimal operator ++(decimal d) { return Add(d, One); }
        public static decimal operator --(decimal d) { return Subtract(d, One); }
        public static decimal operator +(decimal d1, decimal d2) { return Add(d1, d2); }
        public static decimal operator -(decimal d1, decimal d2) { return Subtract(d1, d2); }
        public static decimal operator *(decimal d1, decimal d2) { return Multiply(d1, d2); }
        public static decimal operator /(decimal d1, decimal d2) { return Divide(d1, d2); }
        public static decimal operator %(decimal d1, decimal d2) { return Remainder(d1, d2); }
        public static bool operator ==(decimal d1, decimal d2) { return Compare(d1, d2) == 0; }
        public static bool operator !=(decimal d1, decimal d2) { return Compare(d1, d2) != 0; }
        public static bool operator <(decimal d1, decimal d2) { return Compare(d1, d2) < 0; }
        public static bool operator <=(decimal d1, decimal d2) { return Compare(d1, d2) <= 0; }
        public static bool operator >(decimal d1, decimal d2) { return Compare(d1, d2) > 0; }
        public static bool operator >=(decimal d1, decimal d2) { return Compare(d1, d2) >= 0; }

        // IConvertible, explicitly as in .NET (in this file: mcs, compiling the core library,
        // does not take `this` in a partial part of a built-in type for the type itself).
        public TypeCode GetTypeCode()
        {
            return TypeCode.Decimal;
        }

        bool IConvertible.ToBoolean(IFormatProvider provider)
        {
            return Convert.ToBoolean(this);
        }

        char IConvertible.ToChar(IFormatProvider provider)
        {
            return Convert.ToChar(this);
        }

        sbyte IConvertible.ToSByte(IFormatProvider provider)
        {
            return Convert.ToSByte(this);
        }

        byte IConvertible.ToByte(IFormatProvider provider)
        {
            return Convert.ToByte(this);
        }

        short IConvertible.ToInt16(IFormatProvider provider)
        {
            return Convert.ToInt16(this);
        }

        ushort IConvertible.ToUInt16(IFormatProvider provider)
        {
            return Convert.ToUInt16(this);
        }

        int IConvertible.ToInt32(IFormatProvider provider)
        {
            return Convert.ToInt32(this);
        }

        uint IConvertible.ToUInt32(IFormatProvider provider)
        {
            return Convert.ToUInt32(this);
        }

        long IConvertible.ToInt64(IFormatProvider provider)
        {
            return Convert.ToInt64(this);
        }

        ulong IConvertible.ToUInt64(IFormatProvider provider)
        {
            return Convert.ToUInt64(this);
        }

        float IConvertible.ToSingle(IFormatProvider provider)
        {
            return Convert.ToSingle(this);
        }

        double IConvertible.ToDouble(IFormatProvider provider)
        {
            return Convert.ToDouble(this);
        }

        decimal IConvertible.ToDecimal(IFormatProvider provider)
        {
            return this;
        }

        DateTime IConvertible.ToDateTime(IFormatProvider provider)
        {
            return Convert.ToDateTime(this);
        }

        string IConvertible.ToString(IFormatProvider provider)
        {
            return ToString();
        }

        object IConvertible.ToType(Type type, IFormatProvider provider)
        {
            return Convert.DefaultToType(this, type, provider);
        }
    }
}
