namespace System
{
    /// The console: standard output (buffered by the runtime and flushed on every exit path
    /// and before stdin is read or stderr written), standard error and standard input.
    /// Lines end with "\n", Environment.NewLine on Unix.
    public static class Console
    {
        /// Appends the characters of `value` to the stdout buffer (null writes nothing).
        internal static extern void WriteString(string value);
        /// Writes to stderr at once, after flushing stdout.
        internal static extern void WriteErrorString(string value);
        /// The rest of stdin (UTF-8).
        internal static extern string StdinReadToEnd();

        /// The next line of stdin without its terminator; null at end of input.
        public static extern string ReadLine();

        private static System.IO.TextWriter s_out;
        private static System.IO.TextWriter s_error;
        private static System.IO.TextReader s_in;

        public static System.IO.TextWriter Out
        {
            get
            {
                if (s_out == null) s_out = new System.IO.ConsoleWriter(false);
                return s_out;
            }
        }

        public static System.IO.TextWriter Error
        {
            get
            {
                if (s_error == null) s_error = new System.IO.ConsoleWriter(true);
                return s_error;
            }
        }

        public static System.IO.TextReader In
        {
            get
            {
                if (s_in == null) s_in = new System.IO.ConsoleReader();
                return s_in;
            }
        }

        public static void Write(string value)
        {
            WriteString(value);
        }

        public static void Write(object value)
        {
            if (value != null) WriteString(value.ToString());
        }

        public static void Write(char[] buffer)
        {
            if (buffer != null) WriteString(new string(buffer));
        }

        public static void Write(char[] buffer, int index, int count)
        {
            WriteString(new string(buffer, index, count));
        }

        public static void Write(string format, object arg0)
        {
            WriteString(Formatter.Format(format, new object[] { arg0 }));
        }

        public static void Write(string format, object arg0, object arg1)
        {
            WriteString(Formatter.Format(format, new object[] { arg0, arg1 }));
        }

        public static void Write(string format, object arg0, object arg1, object arg2)
        {
            WriteString(Formatter.Format(format, new object[] { arg0, arg1, arg2 }));
        }

        public static void Write(string format, params object[] arg)
        {
            WriteString(string.Format(format, arg));
        }

        public static void WriteLine()
        {
            WriteString("\n");
        }

        public static void WriteLine(string value)
        {
            WriteString(value);
            WriteString("\n");
        }

        public static void WriteLine(object value)
        {
            if (value != null) WriteString(value.ToString());
            WriteString("\n");
        }

        public static void WriteLine(char[] buffer)
        {
            if (buffer != null) WriteString(new string(buffer));
            WriteString("\n");
        }

        public static void WriteLine(char[] buffer, int index, int count)
        {
            WriteString(new string(buffer, index, count));
            WriteString("\n");
        }

        public static void WriteLine(string format, object arg0)
        {
            WriteLine(Formatter.Format(format, new object[] { arg0 }));
        }

        public static void WriteLine(string format, object arg0, object arg1)
        {
            WriteLine(Formatter.Format(format, new object[] { arg0, arg1 }));
        }

        public static void WriteLine(string format, object arg0, object arg1, object arg2)
        {
            WriteLine(Formatter.Format(format, new object[] { arg0, arg1, arg2 }));
        }

        public static void WriteLine(string format, params object[] arg)
        {
            WriteLine(string.Format(format, arg));
        }

        public static void Write(bool value)
        {
            WriteString(value.ToString());
        }

        public static void WriteLine(bool value)
        {
            WriteString(value.ToString());
            WriteString("\n");
        }

        public static void Write(char value)
        {
            WriteString(value.ToString());
        }

        public static void WriteLine(char value)
        {
            WriteString(value.ToString());
            WriteString("\n");
        }

        public static void Write(int value)
        {
            WriteString(value.ToString());
        }

        public static void WriteLine(int value)
        {
            WriteString(value.ToString());
            WriteString("\n");
        }

        public static void Write(uint value)
        {
            WriteString(value.ToString());
        }

        public static void WriteLine(uint value)
        {
            WriteString(value.ToString());
            WriteString("\n");
        }

        public static void Write(long value)
        {
            WriteString(value.ToString());
        }

        public static void WriteLine(long value)
        {
            WriteString(value.ToString());
            WriteString("\n");
        }

        public static void Write(ulong value)
        {
            WriteString(value.ToString());
        }

        public static void WriteLine(ulong value)
        {
            WriteString(value.ToString());
            WriteString("\n");
        }

        public static void Write(float value)
        {
            WriteString(value.ToString());
        }

        public static void WriteLine(float value)
        {
            WriteString(value.ToString());
            WriteString("\n");
        }

        public static void Write(double value)
        {
            WriteString(value.ToString());
        }

        public static void WriteLine(double value)
        {
            WriteString(value.ToString());
            WriteString("\n");
        }
    }
}
