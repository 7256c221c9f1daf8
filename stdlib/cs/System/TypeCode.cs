namespace System
{
    /// The kind of a value as IConvertible reports it, with .NET's numbering: Convert's
    /// ChangeType(object, TypeCode) takes these, and the values are part of the contract
    /// (17 is unused, as in .NET).
    public enum TypeCode
    {
        Empty = 0,
        Object = 1,
        DBNull = 2,
        Boolean = 3,
        Char = 4,
        SByte = 5,
        Byte = 6,
        Int16 = 7,
        UInt16 = 8,
        Int32 = 9,
        UInt32 = 10,
        Int64 = 11,
        UInt64 = 12,
        Single = 13,
        Double = 14,
        Decimal = 15,
        DateTime = 16,
        String = 18,
    }
}
