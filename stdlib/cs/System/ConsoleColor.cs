namespace System
{
    /// The sixteen colors of a console, numbered as Windows numbers them.
    public enum ConsoleColor
    {
        Black = 0,
        DarkBlue = 1,
        DarkGreen = 2,
        DarkCyan = 3,
        DarkRed = 4,
        DarkMagenta = 5,
        DarkYellow = 6,
        Gray = 7,
        DarkGray = 8,
        Blue = 9,
        Green = 10,
        Cyan = 11,
        Red = 12,
        Magenta = 13,
        Yellow = 14,
        White = 15,
    }

    /// Colors and redirection, as .NET Core does them on Unix: a color set is remembered
    /// (unknown, -1, until one is), and reaches a terminal as an ANSI escape sequence; output
    /// redirected to a file or pipe gets no escapes.
    public static partial class Console
    {
        private const ConsoleColor UnknownColor = (ConsoleColor)(-1);
        private static ConsoleColor s_foreground = UnknownColor;
        private static ConsoleColor s_background = UnknownColor;

        /// Whether file descriptor `fd` (0 stdin, 1 stdout, 2 stderr) is a terminal; stdout
        /// kept in memory by the runtime is not.
        internal static extern bool IsTerminal(int fd);

        /// The ANSI color number of each ConsoleColor (Windows numbers blue as 1, ANSI as 4).
        private static readonly int[] s_ansiColors = { 0, 4, 2, 6, 1, 5, 3, 7, 8, 12, 10, 14, 9, 13, 11, 15 };

        public static ConsoleColor ForegroundColor
        {
            get { return s_foreground; }
            set
            {
                CheckColor(value);
                s_foreground = value;
                SetTerminalColor(value, 30);
            }
        }

        public static ConsoleColor BackgroundColor
        {
            get { return s_background; }
            set
            {
                CheckColor(value);
                s_background = value;
                SetTerminalColor(value, 40);
            }
        }

        public static void ResetColor()
        {
            s_foreground = UnknownColor;
            s_background = UnknownColor;
            if (IsTerminal(1)) WriteString("\u001b[0m");
        }

        public static bool IsOutputRedirected
        {
            get { return !IsTerminal(1); }
        }

        public static bool IsErrorRedirected
        {
            get { return !IsTerminal(2); }
        }

        public static bool IsInputRedirected
        {
            get { return !IsTerminal(0); }
        }

        private static void CheckColor(ConsoleColor color)
        {
            if (color < ConsoleColor.Black || color > ConsoleColor.White)
                throw new ArgumentException("The ConsoleColor enum value was not defined on that enum. Please use a defined color from the enum.");
        }

        /// `ESC [ 30+n m` for the eight dark foreground colors, `ESC [ 90+n m` for the bright
        /// ones (40 and 100 for backgrounds).
        private static void SetTerminalColor(ConsoleColor color, int dark)
        {
            if (!IsTerminal(1)) return;
            int ansi = s_ansiColors[(int)color];
            int code = ansi < 8 ? dark + ansi : dark + 60 + ansi - 8;
            WriteString("\u001b[" + code + "m");
        }
    }
}
