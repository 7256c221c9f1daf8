namespace System
{
    /// Standard output. The runtime buffers it and flushes it on every
    /// exit path (normal return, Environment.Exit, unhandled exception).
    public static class Console
    {
        /// Appends the characters of `value` to the stdout buffer.
        private static extern void WriteString(string value);

        public static void Write(string value)
        {
            WriteString(value);
        }

        public static void Write(bool value)
        {
            WriteString(value.ToString());
        }

        public static void Write(int value)
        {
            WriteString(value.ToString());
        }

        public static void Write(long value)
        {
            WriteString(value.ToString());
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

        public static void WriteLine(bool value)
        {
            WriteString(value.ToString());
            WriteString("\n");
        }

        public static void WriteLine(int value)
        {
            WriteString(value.ToString());
            WriteString("\n");
        }

        public static void WriteLine(long value)
        {
            WriteString(value.ToString());
            WriteString("\n");
        }
    }
}
