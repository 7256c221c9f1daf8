namespace System.IO
{
    /// A writer of characters. Subclasses override Write(char) at least; every other overload
    /// formats its argument and ends in Write(string).
    public abstract class TextWriter : IDisposable
    {
        /// A writer that drops everything.
        public static readonly TextWriter Null = new NullWriter();

        protected TextWriter()
        {
        }

        /// Flushes and releases what the writer holds (a file, for StreamWriter).
        public virtual void Close()
        {
            Dispose(true);
        }

        public void Dispose()
        {
            Dispose(true);
        }

        protected virtual void Dispose(bool disposing)
        {
        }

        public virtual void Write(char[] buffer, int index, int count)
        {
            TextReader.CheckChars(buffer, index, count);
            Write(new string(buffer, index, count));
        }

        public virtual void WriteLine(char[] buffer, int index, int count)
        {
            Write(buffer, index, count);
            WriteLine();
        }

        public virtual string NewLine
        {
            get { return "\n"; }
        }

        public virtual void Flush()
        {
        }

        public virtual void Write(char value)
        {
        }

        public virtual void Write(string value)
        {
            if (value == null) return;
            for (int i = 0; i < value.Length; i++) Write(value[i]);
        }

        public virtual void Write(object value)
        {
            if (value != null) Write(Formatter.Text(value));
        }

        public virtual void Write(char[] buffer)
        {
            if (buffer != null) Write(new string(buffer));
        }

        public virtual void Write(string format, object arg0)
        {
            Write(string.Format(format, arg0));
        }

        public virtual void Write(string format, object arg0, object arg1)
        {
            Write(string.Format(format, arg0, arg1));
        }

        public virtual void Write(string format, object arg0, object arg1, object arg2)
        {
            Write(string.Format(format, arg0, arg1, arg2));
        }

        public virtual void Write(string format, params object[] arg)
        {
            Write(string.Format(format, arg));
        }

        public virtual void WriteLine()
        {
            Write(NewLine);
        }

        public virtual void WriteLine(string value)
        {
            Write(string.Concat(value, NewLine));
        }

        public virtual void WriteLine(object value)
        {
            if (value == null) WriteLine();
            else WriteLine(Formatter.Text(value));
        }

        public virtual void WriteLine(char[] buffer)
        {
            if (buffer == null) WriteLine();
            else WriteLine(new string(buffer));
        }

        public virtual void WriteLine(string format, object arg0)
        {
            WriteLine(string.Format(format, arg0));
        }

        public virtual void WriteLine(string format, object arg0, object arg1)
        {
            WriteLine(string.Format(format, arg0, arg1));
        }

        public virtual void WriteLine(string format, object arg0, object arg1, object arg2)
        {
            WriteLine(string.Format(format, arg0, arg1, arg2));
        }

        public virtual void WriteLine(string format, params object[] arg)
        {
            WriteLine(string.Format(format, arg));
        }

        public virtual void Write(bool value)
        {
            Write(value.ToString());
        }

        public virtual void WriteLine(bool value)
        {
            WriteLine(value.ToString());
        }

        
        public virtual void WriteLine(char value)
        {
            WriteLine(value.ToString());
        }

        public virtual void Write(int value)
        {
            Write(value.ToString());
        }

        public virtual void WriteLine(int value)
        {
            WriteLine(value.ToString());
        }

        public virtual void Write(uint value)
        {
            Write(value.ToString());
        }

        public virtual void WriteLine(uint value)
        {
            WriteLine(value.ToString());
        }

        public virtual void Write(long value)
        {
            Write(value.ToString());
        }

        public virtual void WriteLine(long value)
        {
            WriteLine(value.ToString());
        }

        public virtual void Write(ulong value)
        {
            Write(value.ToString());
        }

        public virtual void WriteLine(ulong value)
        {
            WriteLine(value.ToString());
        }

        public virtual void Write(float value)
        {
            Write(value.ToString());
        }

        public virtual void WriteLine(float value)
        {
            WriteLine(value.ToString());
        }

        public virtual void Write(double value)
        {
            Write(value.ToString());
        }

        public virtual void WriteLine(double value)
        {
            WriteLine(value.ToString());
        }
    }

    /// Console.Out and Console.Error.
    internal sealed class ConsoleWriter : TextWriter
    {
        private bool m_error;

        internal ConsoleWriter(bool error)
        {
            m_error = error;
        }

        public override void Write(char value)
        {
            Write(new string(value, 1));
        }

        public override void Write(string value)
        {
            if (m_error) Console.WriteErrorString(value);
            else Console.WriteString(value);
        }

        public override void Flush()
        {
            Console.FlushStdout();
        }
    }

    /// TextWriter.Null.
    internal sealed class NullWriter : TextWriter
    {
        public override void Write(char value)
        {
        }

        public override void Write(string value)
        {
        }
    }
}
