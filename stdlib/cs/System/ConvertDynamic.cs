namespace System
{
    /// Convert over values of unknown type: the object overloads, ChangeType and GetTypeCode
    /// dispatch through IConvertible. A null converts to the target's default (0, false,
    /// '\0', DateTime.MinValue, ""); a value that is not IConvertible fails the cast with
    /// InvalidCastException. Also the overloads taking an IFormatProvider, which .NET
    /// resolves a culture from: this library has only the invariant culture, so they ignore
    /// the provider and behave as the overloads without one.
    public static partial class Convert
    {
        /// .NET's "Invalid cast from 'Char' to 'Boolean'." for a conversion the matrix
        /// forbids; the base types name themselves without "System.".
        internal static InvalidCastException InvalidCast(string from, string to)
        {
            return new InvalidCastException("Invalid cast from '" + from + "' to '" + to + "'.");
        }

        /// Empty for null, the value's own code when it is IConvertible, else Object.
        public static TypeCode GetTypeCode(object value)
        {
            if (value == null) return TypeCode.Empty;
            IConvertible convertible = value as IConvertible;
            if (convertible != null) return convertible.GetTypeCode();
            return TypeCode.Object;
        }

        /// There is no DBNull type in this library, so only an IConvertible that reports
        /// TypeCode.DBNull is one.
        public static bool IsDBNull(object value)
        {
            IConvertible convertible = value as IConvertible;
            return convertible != null && convertible.GetTypeCode() == TypeCode.DBNull;
        }

        // ---- ChangeType ----------------------------------------------------------------

        public static object ChangeType(object value, TypeCode typeCode)
        {
            return ChangeType(value, typeCode, null);
        }

        /// The value converted to the base type `typeCode` names, boxed. A null becomes null
        /// for Empty, String and Object, and is otherwise not convertible.
        public static object ChangeType(object value, TypeCode typeCode, IFormatProvider provider)
        {
            if (value == null && (typeCode == TypeCode.Empty || typeCode == TypeCode.String || typeCode == TypeCode.Object))
            {
                return null;
            }
            IConvertible v = value as IConvertible;
            if (v == null) throw new InvalidCastException("Object must implement IConvertible.");
            switch (typeCode)
            {
                case TypeCode.Boolean: return v.ToBoolean(provider);
                case TypeCode.Char: return v.ToChar(provider);
                case TypeCode.SByte: return v.ToSByte(provider);
                case TypeCode.Byte: return v.ToByte(provider);
                case TypeCode.Int16: return v.ToInt16(provider);
                case TypeCode.UInt16: return v.ToUInt16(provider);
                case TypeCode.Int32: return v.ToInt32(provider);
                case TypeCode.UInt32: return v.ToUInt32(provider);
                case TypeCode.Int64: return v.ToInt64(provider);
                case TypeCode.UInt64: return v.ToUInt64(provider);
                case TypeCode.Single: return v.ToSingle(provider);
                case TypeCode.Double: return v.ToDouble(provider);
                case TypeCode.Decimal: return v.ToDecimal(provider);
                case TypeCode.DateTime: return v.ToDateTime(provider);
                case TypeCode.String: return v.ToString(provider);
                case TypeCode.Object: return value;
                case TypeCode.DBNull: throw new InvalidCastException("Object cannot be cast to DBNull.");
                case TypeCode.Empty: throw new InvalidCastException("Object cannot be cast to Empty.");
                default: throw new ArgumentException("Unknown TypeCode value.");
            }
        }

        public static object ChangeType(object value, Type conversionType)
        {
            return ChangeType(value, conversionType, null);
        }

        /// The value converted to `conversionType`: a base type through the value's
        /// IConvertible, any other type through its ToType. A null converts to a reference
        /// type only; a value that is not IConvertible only to its own type.
        public static object ChangeType(object value, Type conversionType, IFormatProvider provider)
        {
            if ((object)conversionType == null) throw new ArgumentNullException("conversionType");
            if (value == null)
            {
                if (conversionType.IsValueType) throw new InvalidCastException("Null object cannot be converted to a value type.");
                return null;
            }
            IConvertible ic = value as IConvertible;
            if (ic == null)
            {
                if (value.GetType() == conversionType) return value;
                throw new InvalidCastException("Object must implement IConvertible.");
            }
            if (conversionType == typeof(bool)) return ic.ToBoolean(provider);
            if (conversionType == typeof(char)) return ic.ToChar(provider);
            if (conversionType == typeof(sbyte)) return ic.ToSByte(provider);
            if (conversionType == typeof(byte)) return ic.ToByte(provider);
            if (conversionType == typeof(short)) return ic.ToInt16(provider);
            if (conversionType == typeof(ushort)) return ic.ToUInt16(provider);
            if (conversionType == typeof(int)) return ic.ToInt32(provider);
            if (conversionType == typeof(uint)) return ic.ToUInt32(provider);
            if (conversionType == typeof(long)) return ic.ToInt64(provider);
            if (conversionType == typeof(ulong)) return ic.ToUInt64(provider);
            if (conversionType == typeof(float)) return ic.ToSingle(provider);
            if (conversionType == typeof(double)) return ic.ToDouble(provider);
            if (conversionType == typeof(decimal)) return ic.ToDecimal(provider);
            if (conversionType == typeof(DateTime)) return ic.ToDateTime(provider);
            if (conversionType == typeof(string)) return ic.ToString(provider);
            if (conversionType == typeof(object)) return value;
            return ic.ToType(conversionType, provider);
        }

        /// What the base types' IConvertible.ToType does: the value itself for its own type or
        /// object, a base type through the matching IConvertible method, an Enum by a cast;
        /// anything else is an InvalidCastException naming both types in full.
        internal static object DefaultToType(IConvertible value, Type targetType, IFormatProvider provider)
        {
            if ((object)targetType == null) throw new ArgumentNullException("targetType");
            if (value.GetType() == targetType) return value;
            if (targetType == typeof(bool)) return value.ToBoolean(provider);
            if (targetType == typeof(char)) return value.ToChar(provider);
            if (targetType == typeof(sbyte)) return value.ToSByte(provider);
            if (targetType == typeof(byte)) return value.ToByte(provider);
            if (targetType == typeof(short)) return value.ToInt16(provider);
            if (targetType == typeof(ushort)) return value.ToUInt16(provider);
            if (targetType == typeof(int)) return value.ToInt32(provider);
            if (targetType == typeof(uint)) return value.ToUInt32(provider);
            if (targetType == typeof(long)) return value.ToInt64(provider);
            if (targetType == typeof(ulong)) return value.ToUInt64(provider);
            if (targetType == typeof(float)) return value.ToSingle(provider);
            if (targetType == typeof(double)) return value.ToDouble(provider);
            if (targetType == typeof(decimal)) return value.ToDecimal(provider);
            if (targetType == typeof(DateTime)) return value.ToDateTime(provider);
            if (targetType == typeof(string)) return value.ToString(provider);
            if (targetType == typeof(object)) return value;
            if (targetType == typeof(Enum)) return (Enum)(object)value;
            throw new InvalidCastException("Invalid cast from '" + value.GetType().FullName + "' to '" + targetType.FullName + "'.");
        }

        // ---- object --------------------------------------------------------------------

        public static bool ToBoolean(object value)
        {
            return value == null ? false : ((IConvertible)value).ToBoolean(null);
        }

        public static char ToChar(object value)
        {
            return value == null ? '\0' : ((IConvertible)value).ToChar(null);
        }

        public static sbyte ToSByte(object value)
        {
            return value == null ? (sbyte)0 : ((IConvertible)value).ToSByte(null);
        }

        public static byte ToByte(object value)
        {
            return value == null ? (byte)0 : ((IConvertible)value).ToByte(null);
        }

        public static short ToInt16(object value)
        {
            return value == null ? (short)0 : ((IConvertible)value).ToInt16(null);
        }

        public static ushort ToUInt16(object value)
        {
            return value == null ? (ushort)0 : ((IConvertible)value).ToUInt16(null);
        }

        public static int ToInt32(object value)
        {
            return value == null ? 0 : ((IConvertible)value).ToInt32(null);
        }

        public static uint ToUInt32(object value)
        {
            return value == null ? 0u : ((IConvertible)value).ToUInt32(null);
        }

        public static long ToInt64(object value)
        {
            return value == null ? 0L : ((IConvertible)value).ToInt64(null);
        }

        public static ulong ToUInt64(object value)
        {
            return value == null ? 0ul : ((IConvertible)value).ToUInt64(null);
        }

        public static float ToSingle(object value)
        {
            return value == null ? 0f : ((IConvertible)value).ToSingle(null);
        }

        public static double ToDouble(object value)
        {
            return value == null ? 0.0 : ((IConvertible)value).ToDouble(null);
        }

        public static decimal ToDecimal(object value)
        {
            return value == null ? 0m : ((IConvertible)value).ToDecimal(null);
        }

        public static DateTime ToDateTime(object value)
        {
            return value == null ? new DateTime(0) : ((IConvertible)value).ToDateTime(null);
        }

        // ---- object, IFormatProvider ---------------------------------------------------

        public static bool ToBoolean(object value, IFormatProvider provider)
        {
            return value == null ? false : ((IConvertible)value).ToBoolean(provider);
        }

        public static char ToChar(object value, IFormatProvider provider)
        {
            return value == null ? '\0' : ((IConvertible)value).ToChar(provider);
        }

        public static sbyte ToSByte(object value, IFormatProvider provider)
        {
            return value == null ? (sbyte)0 : ((IConvertible)value).ToSByte(provider);
        }

        public static byte ToByte(object value, IFormatProvider provider)
        {
            return value == null ? (byte)0 : ((IConvertible)value).ToByte(provider);
        }

        public static short ToInt16(object value, IFormatProvider provider)
        {
            return value == null ? (short)0 : ((IConvertible)value).ToInt16(provider);
        }

        public static ushort ToUInt16(object value, IFormatProvider provider)
        {
            return value == null ? (ushort)0 : ((IConvertible)value).ToUInt16(provider);
        }

        public static int ToInt32(object value, IFormatProvider provider)
        {
            return value == null ? 0 : ((IConvertible)value).ToInt32(provider);
        }

        public static uint ToUInt32(object value, IFormatProvider provider)
        {
            return value == null ? 0u : ((IConvertible)value).ToUInt32(provider);
        }

        public static long ToInt64(object value, IFormatProvider provider)
        {
            return value == null ? 0L : ((IConvertible)value).ToInt64(provider);
        }

        public static ulong ToUInt64(object value, IFormatProvider provider)
        {
            return value == null ? 0ul : ((IConvertible)value).ToUInt64(provider);
        }

        public static float ToSingle(object value, IFormatProvider provider)
        {
            return value == null ? 0f : ((IConvertible)value).ToSingle(provider);
        }

        public static double ToDouble(object value, IFormatProvider provider)
        {
            return value == null ? 0.0 : ((IConvertible)value).ToDouble(provider);
        }

        public static decimal ToDecimal(object value, IFormatProvider provider)
        {
            return value == null ? 0m : ((IConvertible)value).ToDecimal(provider);
        }

        public static DateTime ToDateTime(object value, IFormatProvider provider)
        {
            return value == null ? new DateTime(0) : ((IConvertible)value).ToDateTime(provider);
        }

        /// An IConvertible's own text, an IFormattable's with no format (as .NET asks it, so a
        /// user type's general form is used), any other object's ToString(); "" for null.
        public static string ToString(object value, IFormatProvider provider)
        {
            IConvertible convertible = value as IConvertible;
            if (convertible != null) return convertible.ToString(provider);
            IFormattable formattable = value as IFormattable;
            if (formattable != null) return formattable.ToString(null, provider);
            return value == null ? "" : value.ToString();
        }

        // ---- string, IFormatProvider ---------------------------------------------------

        public static bool ToBoolean(string value, IFormatProvider provider) { return ToBoolean(value); }
        public static char ToChar(string value, IFormatProvider provider) { return ToChar(value); }

        /// Unlike the other integer overloads, a null string is an ArgumentNullException
        /// here, as in .NET.
        public static sbyte ToSByte(string value, IFormatProvider provider)
        {
            if ((object)value == null) throw new ArgumentNullException("s");
            return sbyte.Parse(value);
        }

        public static byte ToByte(string value, IFormatProvider provider) { return ToByte(value); }
        public static short ToInt16(string value, IFormatProvider provider) { return ToInt16(value); }
        public static ushort ToUInt16(string value, IFormatProvider provider) { return ToUInt16(value); }
        public static int ToInt32(string value, IFormatProvider provider) { return ToInt32(value); }
        public static uint ToUInt32(string value, IFormatProvider provider) { return ToUInt32(value); }
        public static long ToInt64(string value, IFormatProvider provider) { return ToInt64(value); }
        public static ulong ToUInt64(string value, IFormatProvider provider) { return ToUInt64(value); }
        public static float ToSingle(string value, IFormatProvider provider) { return ToSingle(value); }
        public static double ToDouble(string value, IFormatProvider provider) { return ToDouble(value); }
        public static decimal ToDecimal(string value, IFormatProvider provider) { return ToDecimal(value); }
        public static DateTime ToDateTime(string value, IFormatProvider provider) { return ToDateTime(value); }

        // ---- ToString(x, IFormatProvider) ----------------------------------------------

        public static string ToString(bool value, IFormatProvider provider)
        {
            return value.ToString();
        }

        public static string ToString(char value, IFormatProvider provider)
        {
            return value.ToString();
        }

        public static string ToString(sbyte value, IFormatProvider provider)
        {
            return value.ToString();
        }

        public static string ToString(byte value, IFormatProvider provider)
        {
            return value.ToString();
        }

        public static string ToString(short value, IFormatProvider provider)
        {
            return value.ToString();
        }

        public static string ToString(ushort value, IFormatProvider provider)
        {
            return value.ToString();
        }

        public static string ToString(int value, IFormatProvider provider)
        {
            return value.ToString();
        }

        public static string ToString(uint value, IFormatProvider provider)
        {
            return value.ToString();
        }

        public static string ToString(long value, IFormatProvider provider)
        {
            return value.ToString();
        }

        public static string ToString(ulong value, IFormatProvider provider)
        {
            return value.ToString();
        }

        public static string ToString(float value, IFormatProvider provider)
        {
            return value.ToString();
        }

        public static string ToString(double value, IFormatProvider provider)
        {
            return value.ToString();
        }

        public static string ToString(decimal value, IFormatProvider provider)
        {
            return value.ToString();
        }

        public static string ToString(DateTime value, IFormatProvider provider)
        {
            return value.ToString();
        }

        public static string ToString(string value, IFormatProvider provider) { return value; }
    }
}
