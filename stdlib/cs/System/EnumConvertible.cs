namespace System
{
    /// IConvertible on enums, as .NET has it: every conversion is the underlying integer's
    /// (so Convert.ToInt32(Color.Red) works), read back from the value's "D" text.
    public abstract partial class Enum : IConvertible
    {
        /// The TypeCode of the underlying integer type.
        public TypeCode GetTypeCode()
        {
            string name = GetUnderlyingType(GetType()).FullName;
            if (name == "System.SByte") return TypeCode.SByte;
            if (name == "System.Byte") return TypeCode.Byte;
            if (name == "System.Int16") return TypeCode.Int16;
            if (name == "System.UInt16") return TypeCode.UInt16;
            if (name == "System.UInt32") return TypeCode.UInt32;
            if (name == "System.Int64") return TypeCode.Int64;
            if (name == "System.UInt64") return TypeCode.UInt64;
            if (name == "System.Char") return TypeCode.Char;
            if (name == "System.Boolean") return TypeCode.Boolean;
            return TypeCode.Int32;
        }

        /// The value as a boxed instance of the underlying type.
        private object UnderlyingValue()
        {
            string digits = ToString("D");
            switch (GetTypeCode())
            {
                case TypeCode.SByte: return sbyte.Parse(digits);
                case TypeCode.Byte: return byte.Parse(digits);
                case TypeCode.Int16: return short.Parse(digits);
                case TypeCode.UInt16: return ushort.Parse(digits);
                case TypeCode.UInt32: return uint.Parse(digits);
                case TypeCode.Int64: return long.Parse(digits);
                case TypeCode.UInt64: return ulong.Parse(digits);
                default: return int.Parse(digits);
            }
        }

        bool IConvertible.ToBoolean(IFormatProvider provider) { return Convert.ToBoolean(UnderlyingValue()); }
        char IConvertible.ToChar(IFormatProvider provider) { return Convert.ToChar(UnderlyingValue()); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(UnderlyingValue()); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(UnderlyingValue()); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(UnderlyingValue()); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(UnderlyingValue()); }
        int IConvertible.ToInt32(IFormatProvider provider) { return Convert.ToInt32(UnderlyingValue()); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(UnderlyingValue()); }
        long IConvertible.ToInt64(IFormatProvider provider) { return Convert.ToInt64(UnderlyingValue()); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return Convert.ToUInt64(UnderlyingValue()); }
        float IConvertible.ToSingle(IFormatProvider provider) { return Convert.ToSingle(UnderlyingValue()); }
        double IConvertible.ToDouble(IFormatProvider provider) { return Convert.ToDouble(UnderlyingValue()); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { return Convert.ToDecimal(UnderlyingValue()); }

        DateTime IConvertible.ToDateTime(IFormatProvider provider)
        {
            throw Convert.InvalidCast("Enum", "DateTime");
        }

        string IConvertible.ToString(IFormatProvider provider)
        {
            return ToString();
        }

        object IConvertible.ToType(Type conversionType, IFormatProvider provider)
        {
            return Convert.DefaultToType((IConvertible)this, conversionType, provider);
        }
    }
}
