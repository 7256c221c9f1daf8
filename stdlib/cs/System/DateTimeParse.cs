namespace System
{
    /// DateTime.Parse and TryParse over Convert's parser of the invariant culture's numeric
    /// forms ("2024-03-01", "3/1/2024 14:30:05", "2024-03-01T14:30:05.25"); month and day
    /// names are not understood yet, and give FormatException.
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
