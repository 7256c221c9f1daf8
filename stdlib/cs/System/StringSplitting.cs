namespace System
{
    /// String.Split in all its forms, with .NET Core 3.1's rules: the separator positions are
    /// found first (white space when no separator is given; at each position the first listed
    /// string separator that matches), then at most `count` pieces are cut, the last keeping
    /// the rest of the string. With RemoveEmptyEntries the empty pieces are dropped, and the
    /// separators right after the (count - 1)th piece are skipped before the rest is taken.
    public sealed partial class String
    {
        public string[] Split(params char[] separator)
        {
            return SplitChars(separator, int.MaxValue, StringSplitOptions.None);
        }

        public string[] Split(char separator, StringSplitOptions options = StringSplitOptions.None)
        {
            return SplitChars(new char[] { separator }, int.MaxValue, options);
        }

        public string[] Split(char separator, int count, StringSplitOptions options = StringSplitOptions.None)
        {
            return SplitChars(new char[] { separator }, count, options);
        }

        public string[] Split(char[] separator, int count)
        {
            return SplitChars(separator, count, StringSplitOptions.None);
        }

        public string[] Split(char[] separator, StringSplitOptions options)
        {
            return SplitChars(separator, int.MaxValue, options);
        }

        public string[] Split(char[] separator, int count, StringSplitOptions options)
        {
            return SplitChars(separator, count, options);
        }

        /// A null or empty separator leaves the string whole.
        public string[] Split(string separator, StringSplitOptions options = StringSplitOptions.None)
        {
            return SplitStrings((object)separator == null ? "" : separator, null, int.MaxValue, options);
        }

        public string[] Split(string separator, int count, StringSplitOptions options = StringSplitOptions.None)
        {
            return SplitStrings((object)separator == null ? "" : separator, null, count, options);
        }

        /// A null or empty array splits at white space; null and empty entries are ignored.
        public string[] Split(string[] separator, StringSplitOptions options)
        {
            return SplitStrings(null, separator, int.MaxValue, options);
        }

        public string[] Split(string[] separator, int count, StringSplitOptions options)
        {
            return SplitStrings(null, separator, count, options);
        }

        private static void CheckSplitArguments(int count, StringSplitOptions options)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if ((int)options < 0 || (int)options > (int)StringSplitOptions.RemoveEmptyEntries)
            {
                throw new ArgumentException("Illegal enum value: " + ((int)options).ToString() + ".");
            }
        }

        private string[] SplitChars(char[] separators, int count, StringSplitOptions options)
        {
            CheckSplitArguments(count, options);
            bool omitEmpty = options == StringSplitOptions.RemoveEmptyEntries;
            if (count == 0 || (omitEmpty && _stringLength == 0)) return new string[0];
            if (count == 1) return new string[] { this };
            bool white = separators == null || separators.Length == 0;
            System.Collections.Generic.List<int> positions = new System.Collections.Generic.List<int>();
            for (int i = 0; i < _stringLength; i++)
            {
                char c = this[i];
                if (white ? char.IsWhiteSpace(c) : Contains(separators, c)) positions.Add(i);
            }
            if (positions.Count == 0) return new string[] { this };
            return omitEmpty ? SplitOmittingEmpty(positions, null, 1, count) : SplitKeepingEmpty(positions, null, 1, count);
        }

        /// Either one separator string (`separator`, not null) or a list of them.
        private string[] SplitStrings(string separator, string[] separators, int count, StringSplitOptions options)
        {
            CheckSplitArguments(count, options);
            bool omitEmpty = options == StringSplitOptions.RemoveEmptyEntries;
            bool single = (object)separator != null;
            if (!single && (separators == null || separators.Length == 0)) return SplitChars(null, count, options);
            if (count == 0 || (omitEmpty && _stringLength == 0)) return new string[0];
            if (count == 1 || (single && separator._stringLength == 0)) return new string[] { this };
            System.Collections.Generic.List<int> positions = new System.Collections.Generic.List<int>();
            System.Collections.Generic.List<int> lengths = null;
            if (single)
            {
                int n = separator._stringLength;
                for (int i = 0; i <= _stringLength - n; i++)
                {
                    if (MatchesOrdinal(i, separator))
                    {
                        positions.Add(i);
                        i += n - 1;
                    }
                }
            }
            else
            {
                lengths = new System.Collections.Generic.List<int>();
                for (int i = 0; i < _stringLength; i++)
                {
                    for (int k = 0; k < separators.Length; k++)
                    {
                        string sep = separators[k];
                        if ((object)sep == null || sep._stringLength == 0 || sep._stringLength > _stringLength - i) continue;
                        if (MatchesOrdinal(i, sep))
                        {
                            positions.Add(i);
                            lengths.Add(sep._stringLength);
                            i += sep._stringLength - 1;
                            break;
                        }
                    }
                }
            }
            if (positions.Count == 0) return new string[] { this };
            int defaultLength = single ? separator._stringLength : 0;
            return omitEmpty ? SplitOmittingEmpty(positions, lengths, defaultLength, count) : SplitKeepingEmpty(positions, lengths, defaultLength, count);
        }

        /// Every piece, empty ones included, up to `count` of them.
        private string[] SplitKeepingEmpty(System.Collections.Generic.List<int> positions, System.Collections.Generic.List<int> lengths, int defaultLength, int count)
        {
            count--;
            int cuts = positions.Count < count ? positions.Count : count;
            string[] pieces = new string[cuts + 1];
            int current = 0;
            int n = 0;
            for (int i = 0; i < cuts && current < _stringLength; i++)
            {
                pieces[n] = Substring(current, positions[i] - current);
                n++;
                current = positions[i] + (lengths == null ? defaultLength : lengths[i]);
            }
            if (current < _stringLength && cuts >= 0) pieces[n] = Substring(current);
            else if (n == cuts) pieces[n] = Empty;
            return pieces;
        }

        /// The non-empty pieces, up to `count` of them.
        private string[] SplitOmittingEmpty(System.Collections.Generic.List<int> positions, System.Collections.Generic.List<int> lengths, int defaultLength, int count)
        {
            int cuts = positions.Count;
            int max = cuts < count ? cuts + 1 : count;
            string[] pieces = new string[max];
            int current = 0;
            int n = 0;
            for (int i = 0; i < cuts && current < _stringLength; i++)
            {
                if (positions[i] - current > 0)
                {
                    pieces[n] = Substring(current, positions[i] - current);
                    n++;
                }
                current = positions[i] + (lengths == null ? defaultLength : lengths[i]);
                if (n == count - 1)
                {
                    // The separators that follow at once would only give empty pieces.
                    while (i < cuts - 1 && current == positions[i + 1])
                    {
                        i++;
                        current += lengths == null ? defaultLength : lengths[i];
                    }
                    break;
                }
            }
            if (current < _stringLength)
            {
                pieces[n] = Substring(current);
                n++;
            }
            if (n == max) return pieces;
            string[] result = new string[n];
            for (int j = 0; j < n; j++) result[j] = pieces[j];
            return result;
        }
    }
}
