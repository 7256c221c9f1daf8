namespace System
{
    /// The console: standard output (buffered by the runtime and flushed on every exit path
    /// and before stdin is read or stderr written), standard error and standard input.
    /// Lines end with "\n", Environment.NewLine on Unix.
    public static partial class Console
    {
        /// Appends the characters of `value` to the stdout buffer (null writes nothing).
        internal static extern void WriteString(string value);
        /// Writes to stderr at once, after flushing stdout.
        internal static extern void WriteErrorString(string value);
        /// The rest of stdin (UTF-8).
        internal static extern string StdinReadToEnd();

        /// The next UTF-16 unit of stdin, or -1 at its end; `peek` leaves it to be read again.
        internal static extern int StdinRead(bool peek);
        /// Writes the stdout buffer out.
        internal static extern void FlushStdout();
        /// The next line of stdin without its terminator; null at end of input.
        internal static extern string StdinReadLine();

        /// The next line of standard input (from Console.SetIn's reader if one was set).
        public static string ReadLine()
        {
            if (s_in != null) return s_in.ReadLine();
            return StdinReadLine();
        }

        /// The next character of standard input, or -1 at its end.
        public static int Read()
        {
            if (s_in != null) return s_in.Read();
            return StdinRead(false);
        }

        /// Sends Console.Write and WriteLine to `newOut` instead of standard output.
        public static void SetOut(System.IO.TextWriter newOut)
        {
            if (newOut == null) throw new ArgumentNullException("newOut");
            s_out = newOut;
            s_redirected = true;
        }

        public static void SetError(System.IO.TextWriter newError)
        {
            if (newError == null) throw new ArgumentNullException("newError");
            s_error = newError;
        }

        public static void SetIn(System.IO.TextReader newIn)
        {
            if (newIn == null) throw new ArgumentNullException("newIn");
            s_in = newIn;
        }

        private static bool s_redirected;

        /// Console.Write's way out: standard output, or the writer SetOut gave.
        private static void Emit(string value)
        {
            if (s_redirected) s_out.Write(value);
            else WriteString(value);
        }

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
            Emit(value);
        }

        public static void Write(object value)
        {
            if (value != null) Emit(Formatter.Text(value));
        }

        public static void Write(char[] buffer)
        {
            if (buffer != null) Emit(new string(buffer));
        }

        public static void Write(char[] buffer, int index, int count)
        {
            Emit(new string(buffer, index, count));
        }

        public static void Write(string format, object arg0)
        {
            Emit(Formatter.Format(format, new object[] { arg0 }));
        }

        public static void Write(string format, object arg0, object arg1)
        {
            Emit(Formatter.Format(format, new object[] { arg0, arg1 }));
        }

        public static void Write(string format, object arg0, object arg1, object arg2)
        {
            Emit(Formatter.Format(format, new object[] { arg0, arg1, arg2 }));
        }

        public static void Write(string format, params object[] arg)
        {
            Emit(string.Format(format, arg));
        }

        public static void WriteLine()
        {
            Emit("\n");
        }

        public static void WriteLine(string value)
        {
            Emit(value);
            Emit("\n");
        }

        public static void WriteLine(object value)
        {
            if (value != null) Emit(Formatter.Text(value));
            Emit("\n");
        }

        public static void WriteLine(char[] buffer)
        {
            if (buffer != null) Emit(new string(buffer));
            Emit("\n");
        }

        public static void WriteLine(char[] buffer, int index, int count)
        {
            Emit(new string(buffer, index, count));
            Emit("\n");
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
            Emit(value.ToString());
        }

        public static void WriteLine(bool value)
        {
            Emit(value.ToString());
            Emit("\n");
        }

        public static void Write(char value)
        {
            Emit(value.ToString());
        }

        public static void WriteLine(char value)
        {
            Emit(value.ToString());
            Emit("\n");
        }

        public static void Write(int value)
        {
            Emit(value.ToString());
        }

        public static void WriteLine(int value)
        {
            Emit(value.ToString());
            Emit("\n");
        }

        public static void Write(uint value)
        {
            Emit(value.ToString());
        }

        public static void WriteLine(uint value)
        {
            Emit(value.ToString());
            Emit("\n");
        }

        public static void Write(long value)
        {
            Emit(value.ToString());
        }

        public static void WriteLine(long value)
        {
            Emit(value.ToString());
            Emit("\n");
        }

        public static void Write(ulong value)
        {
            Emit(value.ToString());
        }

        public static void WriteLine(ulong value)
        {
            Emit(value.ToString());
            Emit("\n");
        }

        public static void Write(float value)
        {
            Emit(value.ToString());
        }

        public static void WriteLine(float value)
        {
            Emit(value.ToString());
            Emit("\n");
        }

        public static void Write(decimal value)
        {
            Emit(value.ToString());
        }

        public static void WriteLine(decimal value)
        {
            Emit(value.ToString());
            Emit("\n");
        }

        public static void Write(double value)
        {
            Emit(value.ToString());
        }

        public static void WriteLine(double value)
        {
            Emit(value.ToString());
            Emit("\n");
        }
    }
}
