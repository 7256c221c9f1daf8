namespace System
{
    /// DateTime.Parse and TryParse over Convert's parser, which reads text as the invariant
    /// culture does: numeric forms ("2024-03-01", "3/1/2024 14:30:05",
    /// "2024-03-01T14:30:05.25") and forms with month and day names, full or abbreviated, in
    /// any case ("March 1, 2024", "01-Mar-2024", "Fri, 01 Mar 2024 14:30:05 GMT"). A day name
    /// that is not the date's is a FormatException, as in .NET.
    public partial struct DateTime
    {
        public static DateTime Parse(string s)
        {
            if (s == null) ThrowHelper.ArgumentNull("s");
            return Convert.ParseDateTime(s);
        }

        public static bool TryParse(string s, out DateTime result)
        {
            result = MinValue;
            if (s == null) return false;
            try
            {
                result = Convert.ParseDateTime(s);
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
        }
    }
}
