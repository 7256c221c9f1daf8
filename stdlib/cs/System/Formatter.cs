namespace System
{
    /// Composite formatting (String.Format, StringBuilder.AppendFormat, Console.WriteLine(format,
    /// …)): the text with each format item "{index[,alignment][:formatString]}" replaced by its
    /// argument, and "{{" / "}}" standing for literal braces. The parse follows CoreCLR 3.1's
    /// StringBuilder.AppendFormatHelper step by step, so the same malformed input fails with
    /// the same exception: the index is checked against the arguments as soon as it is read.
    internal static class Formatter
    {
        /// Indexes and widths stop being read at this value.
        private const int Limit = 1000000;

        private static void BadFormat()
        {
            throw new FormatException("Input string was not in a correct format.");
        }

        internal static string Format(string format, object[] args)
        {
            if ((object)format == null) throw new ArgumentNullException("format");
            System.Text.StringBuilder sb = new System.Text.StringBuilder(format.Length + args.Length * 8);
            return AppendFormat(sb, format, args).ToString();
        }

        /// Appends literal text a character at a time and each item as its padding and text,
        /// the pieces .NET appends (which decides how the builder's capacity grows).
        internal static System.Text.StringBuilder AppendFormat(System.Text.StringBuilder sb, string format, object[] args)
        {
            if ((object)format == null) throw new ArgumentNullException("format");
            int pos = 0;
            int len = format.Length;
            char ch = '\0';
            while (true)
            {
                while (pos < len)
                {
                    ch = format[pos];
                    pos++;
                    if (ch == '}')
                    {
                        if (pos < len && format[pos] == '}') pos++;
                        else BadFormat();
                    }
                    if (ch == '{')
                    {
                        if (pos < len && format[pos] == '{')
                        {
                            pos++;
                        }
                        else
                        {
                            pos--;
                            break;
                        }
                    }
                    sb.Append(ch);
                }
                if (pos == len) break;
                // At a '{' that opens an item: the index, at least one digit.
                pos++;
                if (pos == len) BadFormat();
                ch = format[pos];
                if (ch < '0' || ch > '9') BadFormat();
                int index = 0;
                do
                {
                    index = index * 10 + ch - '0';
                    pos++;
                    if (pos == len) BadFormat();
                    ch = format[pos];
                }
                while (ch >= '0' && ch <= '9' && index < Limit);
                if (index >= args.Length)
                {
                    throw new FormatException("Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
                }
                while (pos < len && (ch = format[pos]) == ' ') pos++;
                // The alignment: ",[-]digits"; negative pads on the right.
                bool leftJustify = false;
                int width = 0;
                if (ch == ',')
                {
                    pos++;
                    while (pos < len && format[pos] == ' ') pos++;
                    if (pos == len) BadFormat();
                    ch = format[pos];
                    if (ch == '-')
                    {
                        leftJustify = true;
                        pos++;
                        if (pos == len) BadFormat();
                        ch = format[pos];
                    }
                    if (ch < '0' || ch > '9') BadFormat();
                    do
                    {
                        width = width * 10 + ch - '0';
                        pos++;
                        if (pos == len) BadFormat();
                        ch = format[pos];
                    }
                    while (ch >= '0' && ch <= '9' && width < Limit);
                }
                while (pos < len && (ch = format[pos]) == ' ') pos++;
                // The format string: up to the closing brace, with no '{' in it.
                string itemFormat = null;
                if (ch == ':')
                {
                    pos++;
                    int start = pos;
                    while (true)
                    {
                        if (pos == len) BadFormat();
                        ch = format[pos];
                        if (ch == '}') break;
                        if (ch == '{') BadFormat();
                        pos++;
                    }
                    if (pos > start) itemFormat = format.Substring(start, pos - start);
                }
                else if (ch != '}')
                {
                    BadFormat();
                }
                pos++;
                object arg = args[index];
                string s = FormatArg(arg, itemFormat);
                int pad = width - s.Length;
                if ((leftJustify || width == 0) && IsSpanFormattable(arg))
                {
                    // .NET formats these straight into the builder's free space.
                    sb.AppendFormatted(s);
                    if (leftJustify && pad > 0) sb.Append(' ', pad);
                    continue;
                }
                if (!leftJustify && pad > 0) sb.Append(' ', pad);
                sb.Append(s);
                if (leftJustify && pad > 0) sb.Append(' ', pad);
            }
            return sb;
        }

        /// The types .NET 3.1 formats through ISpanFormattable.
        private static bool IsSpanFormattable(object arg)
        {
            return arg is int || arg is long || arg is double || arg is float || arg is decimal || arg is uint || arg is ulong
                || arg is short || arg is ushort || arg is byte || arg is sbyte || arg is DateTime || arg is TimeSpan || arg is Guid;
        }

        /// An IFormattable argument's `ToString(format, null)`, with a null format when the item
        /// has none (as .NET, which asks every IFormattable, not only the formatted items), so
        /// user types see their format strings too; any other argument's `ToString()`. A null
        /// argument, or a null result, is "".
        internal static string FormatArg(object arg, string format)
        {
            if (arg == null) return "";
            string s;
            IFormattable f = arg as IFormattable;
            if (f != null) s = f.ToString(format, null);
            else s = arg.ToString();
            if ((object)s == null) return "";
            return s;
        }

        /// A non-null object's text where .NET's writers print one (Console.Write(object),
        /// TextWriter.Write(object)): an IFormattable's general form, asked for with a null
        /// format, else ToString(). String concatenation and StringBuilder.Append use ToString().
        internal static string Text(object value)
        {
            IFormattable f = value as IFormattable;
            return f != null ? f.ToString(null, null) : value.ToString();
        }
    }
}
