// IConvertible through an interface reference on each base type, Convert's object overloads
// (null is the default, a non-IConvertible fails the cast), ChangeType by Type and by
// TypeCode, Convert.GetTypeCode, and the InvalidCastException of each conversion .NET's
// matrix forbids (char and bool, char and the floating types, anything and DateTime).
// mono-differs: Mono words failed casts, bool.Parse errors and parameter names differently
using System;
using System.Text;

class ConvertIConvertible
{
    static IConvertible C(object o)
    {
        return (IConvertible)o;
    }

    static string Try(Func<object> f)
    {
        try
        {
            object r = f();
            return r == null ? "null" : r.GetType().Name + " " + r;
        }
        catch (Exception e)
        {
            return e.GetType().Name + ": " + e.Message;
        }
    }

    static void Main()
    {
        IConvertible i = C(300);
        Console.WriteLine(i.GetTypeCode() + " " + i.ToInt64(null) + " " + i.ToDouble(null) + " " + i.ToDecimal(null) + " " + i.ToString(null) + " " + i.ToBoolean(null) + " " + (int)i.ToChar(null) + " " + i.ToUInt16(null)); // expect: Int32 300 300 300 300 True 300 300
        Console.WriteLine(Try(() => i.ToByte(null))); // expect: OverflowException: Value was either too large or too small for an unsigned byte.
        Console.WriteLine(Try(() => i.ToDateTime(null))); // expect: InvalidCastException: Invalid cast from 'Int32' to 'DateTime'.
        IConvertible d = C(-2.5);
        Console.WriteLine(d.GetTypeCode() + " " + d.ToInt32(null) + " " + d.ToInt64(null) + " " + d.ToSingle(null) + " " + d.ToDecimal(null) + " " + d.ToBoolean(null) + " " + d.ToString(null)); // expect: Double -2 -2 -2.5 -2.5 True -2.5
        Console.WriteLine(Try(() => d.ToUInt32(null))); // expect: OverflowException: Value was either too large or too small for a UInt32.
        Console.WriteLine(Try(() => d.ToChar(null))); // expect: InvalidCastException: Invalid cast from 'Double' to 'Char'.
        IConvertible ch = C('7');
        Console.WriteLine(ch.GetTypeCode() + " " + ch.ToInt32(null) + " " + ch.ToByte(null) + " " + ch.ToString(null) + " " + ch.ToUInt64(null)); // expect: Char 55 55 7 55
        Console.WriteLine(Try(() => ch.ToBoolean(null))); // expect: InvalidCastException: Invalid cast from 'Char' to 'Boolean'.
        Console.WriteLine(Try(() => ch.ToDouble(null))); // expect: InvalidCastException: Invalid cast from 'Char' to 'Double'.
        Console.WriteLine(Try(() => ch.ToDecimal(null))); // expect: InvalidCastException: Invalid cast from 'Char' to 'Decimal'.
        IConvertible b = C(true);
        Console.WriteLine(b.GetTypeCode() + " " + b.ToInt32(null) + " " + b.ToDouble(null) + " " + b.ToDecimal(null) + " " + b.ToString(null) + " " + b.ToSByte(null)); // expect: Boolean 1 1 1 True 1
        Console.WriteLine(Try(() => b.ToChar(null))); // expect: InvalidCastException: Invalid cast from 'Boolean' to 'Char'.
        IConvertible m = C(-7.5m);
        Console.WriteLine(m.GetTypeCode() + " " + m.ToInt32(null) + " " + m.ToDouble(null) + " " + m.ToString(null) + " " + m.ToBoolean(null)); // expect: Decimal -8 -7.5 -7.5 True
        Console.WriteLine(Try(() => m.ToChar(null))); // expect: InvalidCastException: Invalid cast from 'Decimal' to 'Char'.
        Console.WriteLine(Try(() => m.ToByte(null))); // expect: OverflowException: Value was either too large or too small for an unsigned byte.
        IConvertible s = C("42");
        Console.WriteLine(s.GetTypeCode() + " " + s.ToInt32(null) + " " + s.ToDouble(null) + " " + s.ToDecimal(null) + " " + s.ToUInt64(null) + " " + s.ToString(null)); // expect: String 42 42 42 42 42
        Console.WriteLine(Try(() => s.ToChar(null))); // expect: FormatException: String must be exactly one character long.
        Console.WriteLine(Try(() => s.ToBoolean(null))); // expect: FormatException: String '42' was not recognized as a valid Boolean.
        Console.WriteLine(Try(() => C("x").ToChar(null)) + " " + C("true").ToBoolean(null) + " " + C("2020-01-15T10:30:00").ToDateTime(null)); // expect: Char x True 01/15/2020 10:30:00
        IConvertible t = C(new DateTime(2020, 1, 15, 10, 30, 0));
        Console.WriteLine(t.GetTypeCode() + " " + t.ToString(null) + " " + t.ToDateTime(null).Year); // expect: DateTime 01/15/2020 10:30:00 2020
        Console.WriteLine(Try(() => t.ToInt64(null))); // expect: InvalidCastException: Invalid cast from 'DateTime' to 'Int64'.
        Console.WriteLine(Try(() => t.ToBoolean(null))); // expect: InvalidCastException: Invalid cast from 'DateTime' to 'Boolean'.
        Console.WriteLine(Try(() => i.ToType(typeof(long), null)) + " | " + Try(() => i.ToType(typeof(int), null)) + " | " + Try(() => C("5").ToType(typeof(double), null)) + " | " + Try(() => C('a').ToType(typeof(string), null)) + " | " + Try(() => t.ToType(typeof(object), null))); // expect: Int64 300 | Int32 300 | Double 5 | String a | DateTime 01/15/2020 10:30:00
        Console.WriteLine(C((sbyte)-1).GetTypeCode() + " " + C((byte)1).GetTypeCode() + " " + C((short)1).GetTypeCode() + " " + C((ushort)1).GetTypeCode() + " " + C(1u).GetTypeCode() + " " + C(1L).GetTypeCode() + " " + C(1ul).GetTypeCode() + " " + C(1f).GetTypeCode()); // expect: SByte Byte Int16 UInt16 UInt32 Int64 UInt64 Single
        Console.WriteLine((int)TypeCode.Empty + " " + (int)TypeCode.Object + " " + (int)TypeCode.DBNull + " " + (int)TypeCode.Boolean + " " + (int)TypeCode.Decimal + " " + (int)TypeCode.DateTime + " " + (int)TypeCode.String); // expect: 0 1 2 3 15 16 18
        Console.WriteLine(Convert.GetTypeCode(null) + " " + Convert.GetTypeCode(new object()) + " " + Convert.GetTypeCode(5) + " " + Convert.GetTypeCode("s") + " " + Convert.GetTypeCode(2.5m) + " " + Convert.IsDBNull(null) + " " + Convert.IsDBNull(0)); // expect: Empty Object Int32 String Decimal False False
        object none = null;
        Console.WriteLine(Convert.ToInt32(none) + " " + Convert.ToBoolean(none) + " " + (int)Convert.ToChar(none) + " " + Convert.ToDouble(none) + " " + Convert.ToDecimal(none) + " [" + Convert.ToString(none) + "] " + Convert.ToDateTime(none).Ticks + " " + Convert.ToUInt64(none, null)); // expect: 0 False 0 0 0 [] 0 0
        object boxed = 65;
        Console.WriteLine(Convert.ToChar(boxed) + " " + Convert.ToInt64(boxed) + " " + Convert.ToSingle(boxed) + " " + Convert.ToString(boxed, null) + " " + Convert.ToByte((object)"7") + " " + Convert.ToInt16((object)3.5)); // expect: A 65 65 65 7 4
        Console.WriteLine(Try(() => Convert.ToInt32(new object()))); // expect: InvalidCastException: Unable to cast object of type 'System.Object' to type 'System.IConvertible'.
        Console.WriteLine(Try(() => Convert.ToString(new StringBuilder("sb")))); // expect: String sb
        Console.WriteLine(Try(() => Convert.ToDouble((object)'a'))); // expect: InvalidCastException: Invalid cast from 'Char' to 'Double'.
        Console.WriteLine(Try(() => Convert.ChangeType(3.5, typeof(int))) + " | " + Try(() => Convert.ChangeType("12", typeof(byte))) + " | " + Try(() => Convert.ChangeType(1, typeof(bool))) + " | " + Try(() => Convert.ChangeType(65, typeof(char)))); // expect: Int32 4 | Byte 12 | Boolean True | Char A
        Console.WriteLine(Try(() => Convert.ChangeType(5, typeof(string))) + " | " + Try(() => Convert.ChangeType(5, typeof(object))) + " | " + Try(() => Convert.ChangeType(2.5m, typeof(double))) + " | " + Try(() => Convert.ChangeType("1.5", typeof(decimal)))); // expect: String 5 | Int32 5 | Double 2.5 | Decimal 1.5
        Console.WriteLine(Try(() => Convert.ChangeType(null, typeof(string))) + " | " + Try(() => Convert.ChangeType(null, typeof(int)))); // expect: null | InvalidCastException: Null object cannot be converted to a value type.
        Console.WriteLine(Try(() => Convert.ChangeType(new object(), typeof(int)))); // expect: InvalidCastException: Object must implement IConvertible.
        Console.WriteLine(Try(() => Convert.ChangeType(5, typeof(DateTime)))); // expect: InvalidCastException: Invalid cast from 'Int32' to 'DateTime'.
        Console.WriteLine(Try(() => Convert.ChangeType(5, typeof(StringBuilder)))); // expect: InvalidCastException: Invalid cast from 'System.Int32' to 'System.Text.StringBuilder'.
        Console.WriteLine(Try(() => Convert.ChangeType(5, typeof(Enum)))); // expect: InvalidCastException: Unable to cast object of type 'System.Int32' to type 'System.Enum'.
        Console.WriteLine(Try(() => Convert.ChangeType(300, typeof(sbyte)))); // expect: OverflowException: Value was either too large or too small for a signed byte.
        Console.WriteLine(Try(() => Convert.ChangeType(5, (Type)null))); // expect: ArgumentNullException: Value cannot be null. (Parameter 'conversionType')
        Console.WriteLine(Try(() => Convert.ChangeType(7, TypeCode.Double)) + " | " + Try(() => Convert.ChangeType("8", TypeCode.UInt16)) + " | " + Try(() => Convert.ChangeType(1.5f, TypeCode.String)) + " | " + Try(() => Convert.ChangeType(9, TypeCode.Object))); // expect: Double 7 | UInt16 8 | String 1.5 | Int32 9
        Console.WriteLine(Try(() => Convert.ChangeType(null, TypeCode.String)) + " | " + Try(() => Convert.ChangeType(null, TypeCode.Empty)) + " | " + Try(() => Convert.ChangeType(null, TypeCode.Int32))); // expect: null | null | InvalidCastException: Object must implement IConvertible.
        Console.WriteLine(Try(() => Convert.ChangeType(5, TypeCode.Empty))); // expect: InvalidCastException: Object cannot be cast to Empty.
        Console.WriteLine(Try(() => Convert.ChangeType(5, TypeCode.DBNull))); // expect: InvalidCastException: Object cannot be cast to DBNull.
        Console.WriteLine(Try(() => Convert.ChangeType(5, (TypeCode)17))); // expect: ArgumentException: Unknown TypeCode value.
        Console.WriteLine(Try(() => Convert.ChangeType('x', TypeCode.Boolean))); // expect: InvalidCastException: Invalid cast from 'Char' to 'Boolean'.
    }
}
