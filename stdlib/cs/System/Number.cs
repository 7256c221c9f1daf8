namespace System
{
    /// Number formatting and parsing, shared by the primitive types. The natives implement
    /// CoreCLR's invariant-culture algorithms (stdlib/src/format). Integer types travel as
    /// `long` with a kind code; a ulong travels as its bit pattern.
    internal static class Number
    {
        // Kind codes: 0 sbyte, 1 byte, 2 short, 3 ushort, 4 int, 5 uint, 6 long, 7 ulong.

        /// Invariant-culture decimal digits, '-' for negatives.
        internal static extern string FormatInt64(long value);
        internal static extern string FormatUInt64(ulong value);
        internal static extern string FormatDouble(double value);
        internal static extern string FormatSingle(float value);

        /// FormatException for a bad format string.
        internal static extern string FormatInteger(long value, int kind, string format);
        internal static extern string FormatDouble(double value, string format);
        internal static extern string FormatSingle(float value, string format);

        /// Throw ArgumentNullException, FormatException or OverflowException as .NET's Parse.
        internal static extern long ParseInteger(string s, int kind);
        internal static extern double ParseDouble(string s);
        internal static extern float ParseSingle(string s);

        /// decimal's ToString(format) and Parse (NumberStyles.Number): the natives over the
        /// `decimal` crate (stdlib/src/natives/decimal.rs).
        internal static extern string FormatDecimal(decimal value, string format);
        internal static extern decimal ParseDecimal(string s);
        internal static extern int ParseDecimalStatus(string s);

        /// 0 when the matching Parse would succeed, 1 for a format error (or null), 2 for overflow.
        internal static extern int ParseIntegerStatus(string s, int kind);
        internal static extern int ParseDoubleStatus(string s);
        internal static extern int ParseSingleStatus(string s);
    }

    /// Raises exceptions until the compiler has `throw`: each call ends the program with
    /// "Unhandled exception. {type}: {message}", as an uncaught .NET exception does.
    internal static class ThrowHelper
    {
        internal static extern void Throw(string type, string message);

        internal static void ArgumentNull(string param)
        {
            Throw("System.ArgumentNullException", "Value cannot be null. (Parameter '" + param + "')");
        }

        internal static void ArgumentOutOfRange(string param, string message)
        {
            Throw("System.ArgumentOutOfRangeException", message + " (Parameter '" + param + "')");
        }

        internal static void Format()
        {
            Throw("System.FormatException", "Input string was not in a correct format.");
        }

        internal static void Overflow(string message)
        {
            Throw("System.OverflowException", message);
        }
    }
}
