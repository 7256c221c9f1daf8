namespace System
{
    /// The base of every enum type. A boxed enum is the enum's MethodTable
    /// followed by its `value__`; the natives read the literal fields and
    /// `[Flags]` from the runtime's EnumInfo (vm/src/reflect.rs).
    public abstract partial class Enum : ValueType, IComparable, IFormattable
    {
        /// The member's name, the names of the set flags of a `[Flags]`
        /// enum joined by ", ", or else the number.
        public override string ToString()
        {
            return InternalFormat(null);
        }

        /// "G" (or null/empty) as ToString(), "D" the number, "X" the
        /// number in hexadecimal with the width of the underlying type,
        /// "F" flags formatting even without [Flags].
        public string ToString(string format)
        {
            return InternalFormat(format);
        }

        [Obsolete("The provider argument is not used. Please use ToString(String).")]
        public string ToString(string format, IFormatProvider provider)
        {
            return InternalFormat(format);
        }

        /// True for a boxed enum of the same type with the same value.
        public override bool Equals(object obj)
        {
            return InternalEquals(obj);
        }

        /// The underlying value's hash code.
        public override int GetHashCode()
        {
            return InternalGetHashCode();
        }

        /// True when every bit set in flag is set in this value.
        public bool HasFlag(Enum flag)
        {
            return InternalHasFlag(flag);
        }

        /// Compares the values (of the same enum type); null is smaller.
        public int CompareTo(object target)
        {
            return InternalCompareTo(target);
        }

        /// Is value (a boxed enum or underlying integer, or a name) a member?
        public static bool IsDefined(Type enumType, object value)
        {
            if (value == null) ThrowHelper.ArgumentNull("value");
            return InternalIsDefined(EnumHandle(enumType), value);
        }

        /// The member name of value, or null.
        public static string GetName(Type enumType, object value)
        {
            if (value == null) ThrowHelper.ArgumentNull("value");
            return InternalGetName(EnumHandle(enumType), value);
        }

        /// The member names, in ascending value order.
        public static string[] GetNames(Type enumType)
        {
            return InternalGetNames(EnumHandle(enumType));
        }

        /// The members' values, in ascending order (unsigned), in an array of the enum type.
        public static Array GetValues(Type enumType)
        {
            return InternalGetValues(EnumHandle(enumType));
        }

        /// The integral type the enum is stored as.
        public static Type GetUnderlyingType(Type enumType)
        {
            return InternalGetUnderlyingType(EnumHandle(enumType));
        }

        /// A boxed enum from a name, a comma-separated list of names, or a number.
        public static object Parse(Type enumType, string value)
        {
            return Parse(enumType, value, false);
        }

        public static object Parse(Type enumType, string value, bool ignoreCase)
        {
            if (value == null) ThrowHelper.ArgumentNull("value");
            return InternalParse(EnumHandle(enumType), value, ignoreCase);
        }

        /// Parse that says false, where Parse throws, for text that is no member or number of
        /// the enum (null included).
        public static bool TryParse<TEnum>(string value, out TEnum result) where TEnum : struct
        {
            return TryParse(value, false, out result);
        }

        public static bool TryParse<TEnum>(string value, bool ignoreCase, out TEnum result) where TEnum : struct
        {
            result = default(TEnum);
            long handle = EnumHandle(typeof(TEnum));
            if (value == null) return false;
            try
            {
                result = (TEnum)InternalParse(handle, value, ignoreCase);
                return true;
            }
            catch (ArgumentException)
            {
                return false;
            }
            catch (OverflowException)
            {
                return false;
            }
        }

        /// The MethodTable handle of an enum type, after .NET's argument checks.
        private static long EnumHandle(Type enumType)
        {
            if ((object)enumType == null) ThrowHelper.ArgumentNull("enumType");
            if (!enumType.IsEnum)
                ThrowHelper.Throw("System.ArgumentException", "Type provided must be an Enum. (Parameter 'enumType')");
            return ((RuntimeType)enumType).m_handle;
        }

        private extern int InternalCompareTo(object target);

        private static extern bool InternalIsDefined(long handle, object value);

        private static extern string InternalGetName(long handle, object value);

        private static extern string[] InternalGetNames(long handle);

        private static extern Type InternalGetUnderlyingType(long handle);

        private static extern Array InternalGetValues(long handle);

        private static extern object InternalParse(long handle, string value, bool ignoreCase);

        private extern string InternalFormat(string format);

        private extern bool InternalEquals(object obj);

        private extern int InternalGetHashCode();

        private extern bool InternalHasFlag(Enum flag);
    }

    /// The days of the week, Sunday first, as in .NET.
    public enum DayOfWeek
    {
        Sunday = 0,
        Monday = 1,
        Tuesday = 2,
        Wednesday = 3,
        Thursday = 4,
        Friday = 5,
        Saturday = 6,
    }
}
