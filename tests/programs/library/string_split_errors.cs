// String.Split's count and RemoveEmptyEntries rules and its string-separator forms, Replace
// with a StringComparison, Copy/Clone, and char's UTF-32 and numeric-value helpers; then the
// exceptions the string and char APIs throw for bad arguments, with .NET Core 3.1's messages.
// mono-differs: Mono words the exception messages its own way ("Parameter name: x" on a new
// line) and throws NotImplementedException from the ignore-case Replace(string, string, StringComparison).
using System;

class StringSplitErrors
{
    static string J(string[] parts)
    {
        return "[" + string.Join("|", parts) + "]" + parts.Length;
    }

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
        Console.WriteLine(J("a,,b,c,,".Split(new[] { ',' }, 2, StringSplitOptions.RemoveEmptyEntries)) + " " + J(",,a,,b".Split(new[] { ',' }, 2, StringSplitOptions.RemoveEmptyEntries)) + " " + J("a,b,c".Split(new[] { ',' }, 1))); // expect: [a|b,c,,]2 [a|b]2 [a,b,c]1
        Console.WriteLine(J("a b\tc\nd".Split()) + " " + J("  a  b ".Split((char[])null, StringSplitOptions.RemoveEmptyEntries)) + " " + J("".Split(',')) + " " + J(",".Split(','))); // expect: [a|b|c|d]4 [a|b]2 []1 [|]2
        Console.WriteLine(J("1::2::::3".Split("::")) + " " + J("1::2::::3".Split("::", StringSplitOptions.RemoveEmptyEntries)) + " " + J("1::2::3".Split("::", 2)) + " " + J("abc".Split("")) + " " + J("abc".Split((string)null))); // expect: [1|2||3]4 [1|2|3]3 [1|2::3]2 [abc]1 [abc]1
        Console.WriteLine(J("a-b--c".Split(new[] { "--", "-" }, StringSplitOptions.None)) + " " + J("a-b--c".Split(new[] { "-", "--" }, StringSplitOptions.None)) + " " + J("a b".Split(new string[0], StringSplitOptions.None)) + " " + J("a,b".Split(new string[] { null, "" }, StringSplitOptions.None))); // expect: [a|b|c]3 [a|b||c]4 [a|b]2 [a,b]1
        Console.WriteLine(J("x".Split(',', 0)) + " " + J("a;b;c".Split(';', 2)) + " " + J("a;;b".Split(';', StringSplitOptions.RemoveEmptyEntries))); // expect: []0 [a|b;c]2 [a|b]2
        Console.WriteLine("One one ONE".Replace("one", "1", StringComparison.OrdinalIgnoreCase) + " " + "One one ONE".Replace("one", "1", StringComparison.Ordinal) + " [" + "aXbXc".Replace("x", null, StringComparison.CurrentCultureIgnoreCase) + "]"); // expect: 1 1 1 One 1 ONE [abc]
        string original = "text";
        string copy = string.Copy(original);
        Console.WriteLine(copy + " " + (copy == original) + " " + ReferenceEquals(copy, original) + " " + ReferenceEquals(original.Clone(), original)); // expect: text True False True
        Console.WriteLine(char.ConvertFromUtf32(0x1F600).Length + " " + char.ConvertToUtf32('\ud83d', '\ude00').ToString("X") + " " + char.ConvertToUtf32("a\ud83d\ude00", 1).ToString("X") + " " + char.ConvertToUtf32("abc", 2)); // expect: 2 1F600 1F600 99
        Console.WriteLine(char.IsSurrogatePair("a\ud83d\ude00", 1) + " " + char.IsSurrogatePair("a\ud83d\ude00", 2) + " " + char.IsSurrogatePair('\ud83d', 'a') + " " + char.IsHighSurrogate("\ud83d", 0) + " " + char.IsLowSurrogate("x\ude00", 1)); // expect: True False False True True
        Console.WriteLine(char.GetNumericValue('7') + " " + char.GetNumericValue('\u00bd') + " " + char.GetNumericValue('\u00b2') + " " + char.GetNumericValue('\u0665') + " " + char.GetNumericValue('\u2167') + " " + char.GetNumericValue('x') + " " + char.GetNumericValue("a5", 1)); // expect: 7 0.5 2 5 8 -1 5
        Try(() => "abc".Split(new[] { ',' }, -1)); // expect: ArgumentOutOfRangeException: Count cannot be less than zero. (Parameter 'count')
        Try(() => "abc".Split(',', (StringSplitOptions)2)); // expect: ArgumentException: Illegal enum value: 2.
        Try(() => "abc".Insert(4, "x")); // expect: ArgumentOutOfRangeException: Specified argument was out of the range of valid values. (Parameter 'startIndex')
        Try(() => "abc".Insert(0, null)); // expect: ArgumentNullException: Value cannot be null. (Parameter 'value')
        Try(() => "abc".IndexOf('a', 1, 3)); // expect: ArgumentOutOfRangeException: Count must be positive and count must refer to a location within the string/array/collection. (Parameter 'count')
        Try(() => "abc".IndexOf("a", 4)); // expect: ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'startIndex')
        Try(() => "abc".IndexOf(null, StringComparison.Ordinal)); // expect: ArgumentNullException: Value cannot be null. (Parameter 'value')
        Try(() => "abc".IndexOf("a", (StringComparison)9)); // expect: ArgumentException: The string comparison type passed in is currently not supported. (Parameter 'comparisonType')
        Try(() => "abc".LastIndexOf('a', 3)); // expect: ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'startIndex')
        Try(() => "abc".LastIndexOf("a", 2, 4)); // expect: ArgumentOutOfRangeException: Count must be positive and count must refer to a location within the string/array/collection. (Parameter 'count')
        Try(() => "abc".IndexOfAny(null)); // expect: ArgumentNullException: Value cannot be null. (Parameter 'anyOf')
        Try(() => "abc".StartsWith(null, StringComparison.Ordinal)); // expect: ArgumentNullException: Value cannot be null. (Parameter 'value')
        Try(() => string.Compare("abc", "abd", (StringComparison)6)); // expect: ArgumentException: The string comparison type passed in is currently not supported. (Parameter 'comparisonType')
        Try(() => string.Compare("abc", -1, "abd", 0, 2)); // expect: ArgumentOutOfRangeException: Positive number required. (Parameter 'offset1')
        Try(() => string.Compare("abc", 0, "abd", 0, -1, StringComparison.Ordinal)); // expect: ArgumentOutOfRangeException: Length cannot be less than zero. (Parameter 'length')
        Try(() => string.CompareOrdinal("abc", 4, "abd", 0, 1)); // expect: ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'indexA')
        Try(() => "abc".Replace("", "x", StringComparison.OrdinalIgnoreCase)); // expect: ArgumentException: String cannot be of zero length. (Parameter 'oldValue')
        Try(() => "abc".ToCharArray(2, 2)); // expect: ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'startIndex')
        Try(() => "abc".ToCharArray(0, -1)); // expect: ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'length')
        Try(() => string.Copy(null)); // expect: ArgumentNullException: Value cannot be null. (Parameter 'str')
        Try(() => char.ConvertFromUtf32(0xD800)); // expect: ArgumentOutOfRangeException: A valid UTF32 value is between 0x000000 and 0x10ffff, inclusive, and should not include surrogate codepoint values (0x00d800 ~ 0x00dfff). (Parameter 'utf32')
        Try(() => char.ConvertToUtf32('a', '\ude00')); // expect: ArgumentOutOfRangeException: A valid high surrogate character is between 0xd800 and 0xdbff, inclusive. (Parameter 'highSurrogate')
        Try(() => char.ConvertToUtf32("\ud83dx", 0)); // expect: ArgumentException: Found a high surrogate char without a following low surrogate at index: 0. The input may not be in this encoding, or may not contain valid Unicode (UTF-16) characters. (Parameter 's')
        Try(() => char.IsLetter("abc", 3)); // expect: ArgumentOutOfRangeException: Specified argument was out of the range of valid values. (Parameter 'index')
        Try(() => char.IsDigit(null, 0)); // expect: ArgumentNullException: Value cannot be null. (Parameter 's')
        Try(() => char.Parse("ab")); // expect: FormatException: String must be exactly one character long.
    }
}
