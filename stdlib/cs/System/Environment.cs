namespace System
{
    /// The process's environment.
    public static class Environment
    {
        /// Flushes stdout and ends the process with `exitCode`.
        public static extern void Exit(int exitCode);

        /// The line terminator: "\n" on Unix.
        public static string NewLine
        {
            get { return "\n"; }
        }
    }
}
