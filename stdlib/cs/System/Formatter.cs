namespace System
{
    /// Composite formatting (String.Format, Console.WriteLine(format, …)): the text with each
    /// format item "{index[,alignment][:formatString]}" replaced by its argument, and "{{" /
    /// "}}" standing for literal braces (as CoreCLR 3.1's StringBuilder.AppendFormatHelper).
    internal static class Formatter
    {
        private static void BadFormat()
        {
            ThrowHelper.Format();
        }

        internal static string Format(string format, object[] args)
        {
            if ((object)format == null) ThrowHelper.ArgumentNull("format");
            System.Text.StringBuilder sb = new System.Text.StringBuilder(format.Length + 16);
            int pos = 0;
            int len = format.Length;
            while (pos < len)
            {
                char ch = format[pos];
                pos++;
                if (ch == '}')
                {
                    if (pos < len && format[pos] == '}') pos++;
                    else BadFormat();
                    sb.Append('}');
                    continue;
                }
                if (ch != '{')
                {
                    sb.Append(ch);
                    continue;
                }
                if (pos < len && format[pos] == '{')
                {
                    pos++;
                    sb.Append('{');
                    continue;
                }
                // The argument index: at least one digit.
                if (pos >= len || format[pos] < '0' || format[pos] > '9') BadFormat();
                int index = 0;
                while (pos < len && format[pos] >= '0' && format[pos] <= '9')
                {
                    index = index * 10 + (format[pos] - '0');
                    pos++;
                    if (index >= 1000000) BadFormat();
                }
                while (pos < len && format[pos] == ' ') pos++;
                // The alignment: ",[-]digits"; negative pads on the right.
                int width = 0;
                bool leftAlign = false;
                if (pos < len && format[pos] == ',')
                {
                    pos++;
                    while (pos < len && format[pos] == ' ') pos++;
                    if (pos < len && format[pos] == '-')
                    {
                        leftAlign = true;
                        pos++;
                    }
                    if (pos >= len || format[pos] < '0' || format[pos] > '9') BadFormat();
                    while (pos < len && format[pos] >= '0' && format[pos] <= '9')
                    {
                        width = width * 10 + (format[pos] - '0');
                        pos++;
                        if (width >= 1000000) BadFormat();
                    }
                }
                while (pos < len && format[pos] == ' ') pos++;
                // The format string: up to the closing brace.
                string itemFormat = null;
                if (pos < len && format[pos] == ':')
                {
                    pos++;
                    int start = pos;
                    while (pos < len && format[pos] != '}')
                    {
                        if (format[pos] == '{') BadFormat();
                        pos++;
                    }
                    itemFormat = format.Substring(start, pos - start);
                }
                if (pos >= len || format[pos] != '}') BadFormat();
                pos++;
                if (index >= args.Length)
                {
                    ThrowHelper.Throw("System.FormatException", "Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
                }
                string s = FormatArg(args[index], itemFormat);
                int pad = width - s.Length;
                if (!leftAlign && pad > 0) sb.Append(' ', pad);
                sb.Append(s);
                if (leftAlign && pad > 0) sb.Append(' ', pad);
            }
            return sb.ToString();
        }

        /// `arg.ToString(format)` for the formattable primitives, else `arg.ToString()`.
        internal static string FormatArg(object arg, string format)
        {
            if (arg == null) return "";
            if ((object)format != null && format.Length != 0)
            {
                if (arg is int) return ((int)arg).ToString(format);
                if (arg is long) return ((long)arg).ToString(format);
                if (arg is double) return ((double)arg).ToString(format);
                if (arg is float) return ((float)arg).ToString(format);
                if (arg is decimal) return ((decimal)arg).ToString(format);
                if (arg is uint) return ((uint)arg).ToString(format);
                if (arg is ulong) return ((ulong)arg).ToString(format);
                if (arg is short) return ((short)arg).ToString(format);
                if (arg is ushort) return ((ushort)arg).ToString(format);
                if (arg is byte) return ((byte)arg).ToString(format);
                if (arg is sbyte) return ((sbyte)arg).ToString(format);
            }
            string s = arg.ToString();
            if ((object)s == null) return "";
            return s;
        }
    }
}
