namespace System
{
    /// The process's environment.
    public static class Environment
    {
        /// Flushes stdout and ends the process with `exitCode`.
        public static extern void Exit(int exitCode);

        internal static extern string GetEnvironmentVariableNative(string variable);
        /// The program's path and arguments joined by '\0'.
        internal static extern string CommandLine();
        internal static extern int GetExitCode();
        internal static extern void SetExitCode(int code);
        internal static extern long TickCountNative();
        internal static extern int ProcessorCountNative();

        /// The line terminator: "\n" on Unix.
        public static string NewLine
        {
            get { return "\n"; }
        }

        /// The value of an environment variable, or null when it is not set.
        public static string GetEnvironmentVariable(string variable)
        {
            if (variable == null) throw new ArgumentNullException("variable");
            return GetEnvironmentVariableNative(variable);
        }

        /// The program's path, then its arguments.
        public static string[] GetCommandLineArgs()
        {
            return CommandLine().Split('\0');
        }

        /// What the process exits with when Main returns without a value.
        public static int ExitCode
        {
            get { return GetExitCode(); }
            set { SetExitCode(value); }
        }

        public static string CurrentDirectory
        {
            get { return System.IO.Directory.GetCurrentDirectory(); }
            set
            {
                if (value == null) throw new ArgumentNullException("value");
                System.IO.Directory.SetCurrentDirectory(value);
            }
        }

        /// Milliseconds since the system started, wrapping around as an int.
        public static int TickCount
        {
            get { return (int)TickCountNative(); }
        }

        public static int ProcessorCount
        {
            get { return ProcessorCountNative(); }
        }

        public static bool Is64BitProcess
        {
            get { return true; }
        }

        public static bool Is64BitOperatingSystem
        {
            get { return true; }
        }
    }
}
