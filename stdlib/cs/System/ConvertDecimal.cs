namespace System
{
    /// Convert's decimal conversions. To an integer a decimal rounds half to even first, as
    /// every Convert.ToIntNN does; from a string it parses as decimal.Parse.
    public static partial class Convert
    {
        public static decimal ToDecimal(decimal value) { return value; }
        public static decimal ToDecimal(int value) { return value; }
        public static decimal ToDecimal(uint value) { return value; }
        public static decimal ToDecimal(long value) { return value; }
        public static decimal ToDecimal(ulong value) { return value; }
        public static decimal ToDecimal(short value) { return value; }
        public static decimal ToDecimal(ushort value) { return value; }
        public static decimal ToDecimal(byte value) { return value; }
        public static decimal ToDecimal(sbyte value) { return value; }
        public static decimal ToDecimal(float value) { return (decimal)value; }
        public static decimal ToDecimal(double value) { return (decimal)value; }
        public static decimal ToDecimal(bool value) { return value ? 1 : 0; }

        public static decimal ToDecimal(string value)
        {
            if (value == null) return 0;
            return decimal.Parse(value);
        }

        public static int ToInt32(decimal value) { return decimal.ToInt32(decimal.Round(value, 0)); }
        public static long ToInt64(decimal value) { return decimal.ToInt64(decimal.Round(value, 0)); }
        public static double ToDouble(decimal value) { return decimal.ToDouble(value); }
        public static float ToSingle(decimal value) { return decimal.ToSingle(value); }
        public static string ToString(decimal value) { return value.ToString(); }
    }
}
