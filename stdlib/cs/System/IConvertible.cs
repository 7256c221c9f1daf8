namespace System
{
    /// A value that converts itself to each of the base types. The primitive types, decimal,
    /// DateTime and string implement it explicitly, so these methods are reached through an
    /// IConvertible reference; Convert's object overloads and ChangeType dispatch through it.
    /// A conversion that makes no sense (a char to a bool, a number to a DateTime) throws
    /// InvalidCastException; one out of the target's range throws OverflowException.
    public interface IConvertible
    {
        /// Which base type the value is; never Empty, and Object only for a type whose
        /// value is none of the base types.
        TypeCode GetTypeCode();

        bool ToBoolean(IFormatProvider provider);
        char ToChar(IFormatProvider provider);
        sbyte ToSByte(IFormatProvider provider);
        byte ToByte(IFormatProvider provider);
        short ToInt16(IFormatProvider provider);
        ushort ToUInt16(IFormatProvider provider);
        int ToInt32(IFormatProvider provider);
        uint ToUInt32(IFormatProvider provider);
        long ToInt64(IFormatProvider provider);
        ulong ToUInt64(IFormatProvider provider);
        float ToSingle(IFormatProvider provider);
        double ToDouble(IFormatProvider provider);
        decimal ToDecimal(IFormatProvider provider);
        DateTime ToDateTime(IFormatProvider provider);
        string ToString(IFormatProvider provider);

        /// The value as an instance of `conversionType`: a base type, object, or a type the
        /// implementation knows.
        object ToType(Type conversionType, IFormatProvider provider);
    }
}
