// Composite formatting through String.Format and StringBuilder.AppendFormat: alignment,
// format strings for each formattable type (integers, floating point, decimal, enums,
// DateTime), escaped braces, and the FormatException of each malformed item (the index is
// checked against the arguments as soon as it is read); then the argument exceptions of
// StringBuilder's members, with .NET Core 3.1's messages.
// mono-differs: Mono words several ArgumentOutOfRangeException messages differently.
using System;
using System.Text;

enum Shade { Light, Dark = 10 }

[Flags]
enum Perm { Read = 1, Write = 2, Exec = 4 }

class StringBuilderFormatErrors
{
    static void Try(Action a)
    {
        try
        {
            a();
            Console.WriteLine("no exception");
        }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
    }

    static void Main()
    {
        Console.WriteLine(string.Format("[{0,6}][{0,-6}][{1,4:X}][{2,-8:F2}][{3:D4}]", "ab", 255, 3.14159, -42)); // expect: [    ab][ab    ][  FF][3.14    ][-0042]
        Console.WriteLine(string.Format("{0:N1} {1:E2} {2:P0} {3:0.00} {4:#,##0} {5:x8} {6:G3}", 1234.56, 0.000123, 0.256, 2.5f, 1234567L, 255u, 12345.678m)); // expect: 1,234.6 1.23E-004 26 % 2.50 1,234,567 000000ff 1.23E+04
        Console.WriteLine(string.Format("{0} {0:D} {0:X} {1} {1:D} {2:G}", Shade.Dark, Perm.Read | Perm.Exec, (Perm)8)); // expect: Dark 10 0000000A Read, Exec 5 8
        Console.WriteLine(string.Format("{0:yyyy-MM-dd HH:mm} {1:D3}{2:X2}{3:N0}", new DateTime(2020, 2, 29, 13, 5, 0), (byte)7, (sbyte)-1, (ushort)65535)); // expect: 2020-02-29 13:05 007FF65,535
        Console.WriteLine(string.Format("{{{0}}} {{0}} }}{{ {1,3}{2}", 1, 'c', null) + "|"); // expect: {1} {0} }{   c|
        var sb = new StringBuilder("log: ");
        sb.AppendFormat("{0}", 1).AppendFormat(" {0}+{1}", 2, 3).AppendFormat(" {0}{1}{2}", 'a', 'b', 'c').AppendFormat(" {0}{1}{2}{3}", "w", "x", "y", "z");
        Console.WriteLine(sb); // expect: log: 1 2+3 abc wxyz
        Try(() => string.Format("{0", 1)); // expect: FormatException: Input string was not in a correct format.
        Try(() => string.Format("{0}}", 1)); // expect: FormatException: Input string was not in a correct format.
        Try(() => string.Format("{1}", 1)); // expect: FormatException: Index (zero based) must be greater than or equal to zero and less than the size of the argument list.
        Try(() => string.Format("{1,x}", 1)); // expect: FormatException: Index (zero based) must be greater than or equal to zero and less than the size of the argument list.
        Try(() => string.Format("{0,x}", 1)); // expect: FormatException: Input string was not in a correct format.
        Try(() => string.Format("{x}", 1)); // expect: FormatException: Input string was not in a correct format.
        Try(() => string.Format("{0:a{b}", 1)); // expect: FormatException: Input string was not in a correct format.
        Try(() => string.Format(null, 1)); // expect: ArgumentNullException: Value cannot be null. (Parameter 'format')
        Try(() => new StringBuilder().AppendFormat("{0}", (object[])null)); // expect: ArgumentNullException: Value cannot be null. (Parameter 'args')
        Try(() => new StringBuilder(-1)); // expect: ArgumentOutOfRangeException: 'capacity' must be greater than zero. (Parameter 'capacity')
        Try(() => new StringBuilder(10, 5)); // expect: ArgumentOutOfRangeException: Capacity exceeds maximum capacity. (Parameter 'capacity')
        Try(() => new StringBuilder("abc", 2, 2, 16)); // expect: ArgumentOutOfRangeException: Index and length must refer to a location within the string. (Parameter 'length')
        Try(() => new StringBuilder("abc").Append("xyz", 2, 2)); // expect: ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'startIndex')
        Try(() => new StringBuilder("abc").Append('x', -1)); // expect: ArgumentOutOfRangeException: Count cannot be less than zero. (Parameter 'repeatCount')
        Try(() => new StringBuilder("abc").Insert(4, "x")); // expect: ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')
        Try(() => new StringBuilder("abc").Remove(2, 2)); // expect: ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'length')
        Try(() => new StringBuilder("abc").Replace("", "x")); // expect: ArgumentException: Empty name is not legal. (Parameter 'oldValue')
        Try(() => new StringBuilder("abc").Replace('a', 'b', 1, 3)); // expect: ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'count')
        Try(() => new StringBuilder("abc").ToString(1, 3)); // expect: ArgumentOutOfRangeException: Index and length must refer to a location within the string. (Parameter 'length')
        Try(() => { var b = new StringBuilder("abc"); b.Length = -1; }); // expect: ArgumentOutOfRangeException: Length cannot be less than zero. (Parameter 'value')
        Try(() => { var b = new StringBuilder("abc"); b.Capacity = 2; }); // expect: ArgumentOutOfRangeException: capacity was less than the current size. (Parameter 'value')
        Try(() => { var b = new StringBuilder("abc"); char c = b[3]; }); // expect: IndexOutOfRangeException: Index was outside the bounds of the array.
        Try(() => { var b = new StringBuilder("abc"); b[3] = 'x'; }); // expect: ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')
        Try(() => new StringBuilder("abc").CopyTo(1, new char[5], 0, 3)); // expect: ArgumentException: Source string was not long enough. Check sourceIndex and count.
        Try(() => new StringBuilder(2, 4).Append("abcde")); // expect: ArgumentOutOfRangeException: The length cannot be greater than the capacity. (Parameter 'valueCount')
        Try(() => new StringBuilder().AppendJoin(",", (string[])null)); // expect: ArgumentNullException: Value cannot be null. (Parameter 'values')
    }
}
