namespace System
{
    /// DateTime.Parse for text that names a month or a day of the week, or has an era or "GMT":
    /// "March 1, 2024", "01-Mar-2024", "2024 March 1", "Friday, 1 March 2024 2:30 PM",
    /// "Fri, 01 Mar 2024 14:30:05 GMT". Convert.ParseDateTime sends such text here. The results
    /// are .NET's for the invariant culture, checked against CoreCLR, except that some odd
    /// readings .NET makes are refused ("Mar 1 12:30" is 1:12 today there, "1 Jun 5 PM" noon on
    /// 1 June 2005, "PM 2024 PM Mar 1" noon on 1 March this year), and that a day name before
    /// an ISO 8601 date must be the date's, which .NET does not check.
    ///
    /// Reading takes two steps. Tokenize cuts the text into numbers, month names, times
    /// ("H:mm[:ss[.f]]", or an hour with AM/PM), AM/PM, eras ("AD", "A.D.") and zones ("GMT",
    /// "Z", "+hh:mm", "-hhmm", "+h"), skipping white space, ',' and '.'; day names are noted
    /// and dropped. A word it does not know is an error naming where the word starts. Then
    /// Result (DateTimeNameDates.cs) takes the date from the one unbroken run of numbers and
    /// month name among the tokens, by its shape; the time, AM/PM, zone and era stand before or
    /// after it. A date written "yyyy-M-d" and followed by 'T' is ISO 8601, and the rest must
    /// be its time (ReadIsoTime).
    internal sealed partial class DateTimeNameParser
    {
        private enum Kind { Number, Month, Time, AmPm, Era, Zone }

        /// A piece of the text. A number keeps its value and how many digits it was written
        /// with (three or more make it a year); a month keeps its number, 1 to 12. Joined: a
        /// '/' or '-' is between it and the piece before. End: where it ends in the text.
        private struct Token
        {
            internal Kind Kind;
            internal int Value;
            internal int Digits;
            internal bool Joined;
            internal int End;
        }

        private const int NoMark = 0;
        private const int AmMark = 1;
        private const int PmMark = 2;

        private readonly string _s;
        private int _pos;
        // The text ends here: NULs after it are ignored.
        private int _end;
        // The '#' pair wrapping the text (as Visual Basic writes dates); -1 when none.
        private int _openHash = -1;
        private int _closeHash = -1;

        private readonly Token[] _tokens;
        private int _count;
        // The last thing read was a number or month name with nothing after it yet: a '/' or
        // '-' here joins it to the next one.
        private bool _partJustRead;
        // A '/' or '-' was read that must be followed by a number or month name.
        private bool _joinPending;

        private int _dayOfWeek = -1;
        private int _mark = NoMark;
        private bool _era;
        private bool _hasTime;
        private int _hour;
        private int _minute;
        private int _second;
        private double _fraction;
        private bool _zoned;
        private long _offset;
        private bool _iso;

        private DateTimeNameParser(string s)
        {
            _s = s;
            _tokens = new Token[s.Length];
        }

        /// Whether the word at `p` is one that sends text here: a month or day name, full or
        /// of three letters, an era or "GMT".
        internal static bool NameAt(string s, int p)
        {
            int end = WordEnd(s, p);
            return NameIndex(DateTimeFormat.s_monthNames, s, p, end) >= 0 || NameIndex(DateTimeFormat.s_dayNames, s, p, end) >= 0
                || WordIs(s, p, end, "AD") || WordIs(s, p, end, "GMT") || EraWithDotsAt(s, p, end);
        }

        /// The DateTime `s` stands for; a FormatException worded as .NET's if none.
        internal static DateTime Parse(string s)
        {
            var parser = new DateTimeNameParser(s);
            parser.FindBounds();
            parser.Tokenize();
            return parser.Result();
        }

        private FormatException Bad()
        {
            return Convert.BadDateTime(_s);
        }

        private static bool IsDigit(char c)
        {
            return c >= '0' && c <= '9';
        }

        private static int WordEnd(string s, int p)
        {
            while (p < s.Length && char.IsLetter(s[p])) p++;
            return p;
        }

        /// Whether s[start..end) is `word` in any case.
        private static bool WordIs(string s, int start, int end, string word)
        {
            if (end - start != word.Length) return false;
            for (int k = 0; k < word.Length; k++)
            {
                if (char.ToUpperInvariant(s[start + k]) != char.ToUpperInvariant(word[k])) return false;
            }
            return true;
        }

        /// The index in `names` of the word s[start..end), a name in full or its first three
        /// letters; -1 if none.
        private static int NameIndex(string[] names, string s, int start, int end)
        {
            for (int i = 0; i < names.Length; i++)
            {
                if (WordIs(s, start, end, names[i]) || WordIs(s, start, end, names[i].Substring(0, 3))) return i;
            }
            return -1;
        }

        /// Whether the one-letter word s[start..end) begins "A.D.", not followed by a letter.
        private static bool EraWithDotsAt(string s, int start, int end)
        {
            return end - start == 1 && end + 2 < s.Length && WordIs(s, start, end, "A") && s[end] == '.'
                && (s[end + 1] == 'D' || s[end + 1] == 'd') && s[end + 2] == '.' && (end + 3 == s.Length || !char.IsLetter(s[end + 3]));
        }

        /// Sets the end of the text before any NULs that close it, and the '#' pair around
        /// the text if there is one: the first '#' with only white space before it, the second
        /// with only white space after it, and no other. A NUL or '#' anywhere else is an error
        /// when it is reached.
        private void FindBounds()
        {
            _end = _s.Length;
            while (_end > 0 && _s[_end - 1] == '\0') _end--;
            int open = _s.IndexOf('#');
            if (open < 0) return;
            int close = _s.IndexOf('#', open + 1);
            if (close < 0 || _s.IndexOf('#', close + 1) >= 0) return;
            for (int i = 0; i < open; i++)
            {
                if (!char.IsWhiteSpace(_s[i])) return;
            }
            for (int i = close + 1; i < _end; i++)
            {
                if (!char.IsWhiteSpace(_s[i])) return;
            }
            _openHash = open;
            _closeHash = close;
        }

        /// Whether `p` is white space, or one of the '#' pair around the text.
        private bool IsBlank(int p)
        {
            return char.IsWhiteSpace(_s[p]) || p == _openHash || p == _closeHash;
        }

        private void SkipBlanks()
        {
            while (_pos < _end && IsBlank(_pos)) _pos++;
        }

        private void Tokenize()
        {
            while (true)
            {
                while (_pos < _end && (IsBlank(_pos) || _s[_pos] == ',' || _s[_pos] == '.'))
                {
                    _pos++;
                    _partJustRead = false;
                }
                if (_pos >= _end) break;
                char c = _s[_pos];
                if (IsDigit(c))
                {
                    ReadNumber();
                }
                else if (char.IsLetter(c))
                {
                    ReadWord();
                    if (_iso) return;
                }
                else if ((c == '/' || c == '-') && _partJustRead && _pos + 1 < _end && (IsDigit(_s[_pos + 1]) || char.IsLetter(_s[_pos + 1])))
                {
                    // A date separator, as in "01-Mar-2024" or "Dec/31/1999".
                    _joinPending = true;
                    _partJustRead = false;
                    _pos++;
                }
                else if (c == '+' || c == '-')
                {
                    // A sign that joins no two pieces starts a zone offset: "+05:30",
                    // "14:30-08:00", "Mar 1 2024 -5".
                    ReadOffset();
                    Add(Kind.Zone, 0, 0);
                }
                else
                {
                    // A stray NUL, '#', '/' or other symbol.
                    throw Bad();
                }
            }
            if (_joinPending) throw Bad();
        }

        private void Add(Kind kind, int value, int digits)
        {
            bool part = kind == Kind.Number || kind == Kind.Month;
            if (_joinPending && !part) throw Bad();
            _tokens[_count].Kind = kind;
            _tokens[_count].Value = value;
            _tokens[_count].Digits = digits;
            _tokens[_count].Joined = _joinPending;
            _tokens[_count].End = _pos;
            _count++;
            _joinPending = false;
            _partJustRead = part;
        }

        /// A number; with a ':' after it, a time; with AM or PM after it, an hour.
        private void ReadNumber()
        {
            int start = _pos;
            int value = 0;
            while (_pos < _end && IsDigit(_s[_pos]))
            {
                if (_pos - start < 8) value = value * 10 + (_s[_pos] - '0');
                _pos++;
            }
            int digits = _pos - start;
            if (digits > 8) throw Bad();
            if (_pos < _end && _s[_pos] == ':')
            {
                if (digits > 2) throw Bad();
                ReadTime(value);
                return;
            }
            if (digits <= 2)
            {
                int after = _pos;
                while (after < _end && IsBlank(after)) after++;
                int mark = MarkAt(after);
                if (mark != NoMark)
                {
                    SetMark(mark);
                    SetTime(value, 0, 0, 0);
                    _pos = after + 2;
                    Add(Kind.Time, 0, 0);
                    return;
                }
            }
            Add(Kind.Number, value, digits);
        }

        /// AM or PM as a whole word at `p`; NoMark if neither.
        private int MarkAt(int p)
        {
            int end = WordEnd(_s, p);
            if (WordIs(_s, p, end, "AM")) return AmMark;
            if (WordIs(_s, p, end, "PM")) return PmMark;
            return NoMark;
        }

        /// The rest of "H:mm[:ss[.fffffff]]" after the hour, at the ':'. Each field has one or
        /// two digits; the fraction any number.
        private void ReadTime(int hour)
        {
            _pos++;
            int minute = TimeField();
            int second = 0;
            double fraction = 0;
            if (_pos < _end && _s[_pos] == ':')
            {
                _pos++;
                second = TimeField();
                if (_pos + 1 < _end && _s[_pos] == '.' && IsDigit(_s[_pos + 1]))
                {
                    _pos++;
                    fraction = ReadFraction();
                }
            }
            if (_pos < _end && _s[_pos] == ':') throw Bad();
            SetTime(hour, minute, second, fraction);
            Add(Kind.Time, 0, 0);
        }

        /// A time field or an offset's minutes: one or two digits.
        private int TimeField()
        {
            int start = _pos;
            int value = 0;
            while (_pos < _end && IsDigit(_s[_pos]) && _pos - start < 3)
            {
                value = value * 10 + (_s[_pos] - '0');
                _pos++;
            }
            if (_pos == start || _pos - start > 2) throw Bad();
            return value;
        }

        /// The digits after a seconds field's '.', as a fraction of a second. Each digit is
        /// weighed by a place value that shrinks by a factor of 0.1, which is how .NET sums
        /// them: halves of a tick round as CoreCLR rounds them.
        private double ReadFraction()
        {
            double fraction = 0;
            double place = 0.1;
            while (_pos < _end && IsDigit(_s[_pos]))
            {
                fraction += (_s[_pos] - '0') * place;
                place *= 0.1;
                _pos++;
            }
            return fraction;
        }

        // The text has at most one time, one AM/PM and one zone.

        private void SetTime(int hour, int minute, int second, double fraction)
        {
            if (_hasTime) throw Bad();
            _hasTime = true;
            _hour = hour;
            _minute = minute;
            _second = second;
            _fraction = fraction;
        }

        private void SetMark(int mark)
        {
            if (_mark != NoMark) throw Bad();
            _mark = mark;
        }

        private void SetZone(long offset)
        {
            if (_zoned) throw Bad();
            _zoned = true;
            _offset = offset;
        }

        /// A word: a month or day name, AM or PM, an era, a zone, or the 'T' of ISO 8601.
        private void ReadWord()
        {
            int start = _pos;
            int end = WordEnd(_s, start);
            _pos = end;
            int month = NameIndex(DateTimeFormat.s_monthNames, _s, start, end);
            if (month >= 0)
            {
                // .NET refuses AM or PM right after a month name ("1 Mar PM 2024").
                int after = end;
                while (after < _end && IsBlank(after)) after++;
                if (MarkAt(after) != NoMark) throw Bad();
                Add(Kind.Month, month + 1, 0);
                return;
            }
            if (_joinPending) throw Bad();
            _partJustRead = false;
            int day = NameIndex(DateTimeFormat.s_dayNames, _s, start, end);
            if (day >= 0)
            {
                // Checked against the date at the end; it takes no place among the tokens.
                if (_dayOfWeek >= 0) throw Bad();
                _dayOfWeek = day;
                return;
            }
            int mark = MarkAt(start);
            if (mark != NoMark)
            {
                SetMark(mark);
                Add(Kind.AmPm, 0, 0);
            }
            else if (WordIs(_s, start, end, "AD") || EraWithDotsAt(_s, start, end))
            {
                if (_era) throw Bad();
                _era = true;
                if (end - start == 1) _pos = end + 3;
                Add(Kind.Era, 0, 0);
            }
            else if (WordIs(_s, start, end, "GMT") || WordIs(_s, start, end, "Z"))
            {
                SetZone(0);
                Add(Kind.Zone, 0, 0);
            }
            else if (WordIs(_s, start, end, "T"))
            {
                ReadIsoTime(start);
            }
            else
            {
                throw Convert.UnknownDateTimeWord(_s, start);
            }
        }

        /// A zone offset at its sign: "h", "hh", "h:mm" or "hh:mm" hours and minutes, or "hmm"
        /// or "hhmm". Whether it is within 14 hours is checked at the end, as .NET does.
        private void ReadOffset()
        {
            bool west = _s[_pos] == '-';
            _pos++;
            int start = _pos;
            int value = 0;
            while (_pos < _end && IsDigit(_s[_pos]) && _pos - start < 5)
            {
                value = value * 10 + (_s[_pos] - '0');
                _pos++;
            }
            int digits = _pos - start;
            int hours, minutes = 0;
            if (digits == 1 || digits == 2)
            {
                hours = value;
                if (_pos < _end && _s[_pos] == ':')
                {
                    _pos++;
                    minutes = TimeField();
                }
            }
            else if (digits == 3 || digits == 4)
            {
                hours = value / 100;
                minutes = value % 100;
            }
            else
            {
                throw Bad();
            }
            if (minutes >= 60) throw Bad();
            long offset = ((long)hours * 60 + minutes) * TimeSpan.TicksPerMinute;
            SetZone(west ? -offset : offset);
        }

        /// After "yyyy-M-dT" (the 'T' at `t`): the time of ISO 8601, "HH:mm[:ss[.f]]" with
        /// fields of two digits, then at most a zone, "Z" or an offset. Only day names may come
        /// before the date.
        private void ReadIsoTime(int t)
        {
            bool dateBefore = _count == 3 && _tokens[0].Kind == Kind.Number && _tokens[0].Digits >= 3
                && _tokens[1].Kind == Kind.Number && _tokens[1].Digits <= 2 && _tokens[2].Kind == Kind.Number && _tokens[2].Digits <= 2;
            if (!dateBefore || _mark != NoMark || _zoned || _era || _hasTime) throw Bad();
            for (int i = _tokens[2].End; i < t; i++)
            {
                if (!IsBlank(i)) throw Bad();
            }
            _iso = true;
            SkipBlanks();
            int hour = TwoDigits();
            if (_pos >= _end || _s[_pos] != ':') throw Bad();
            _pos++;
            int minute = TwoDigits();
            int second = 0;
            double fraction = 0;
            if (_pos < _end && _s[_pos] == ':')
            {
                _pos++;
                second = TwoDigits();
                if (_pos < _end && _s[_pos] == '.')
                {
                    _pos++;
                    if (_pos >= _end || !IsDigit(_s[_pos])) throw Bad();
                    fraction = ReadFraction();
                }
            }
            SetTime(hour, minute, second, fraction);
            SkipBlanks();
            if (_pos < _end && (_s[_pos] == '+' || _s[_pos] == '-'))
            {
                ReadOffset();
            }
            else if (_pos < _end && (_s[_pos] == 'Z' || _s[_pos] == 'z'))
            {
                _pos++;
                SetZone(0);
            }
            SkipBlanks();
            if (_pos < _end) throw Bad();
        }

        private int TwoDigits()
        {
            if (_pos + 1 >= _end || !IsDigit(_s[_pos]) || !IsDigit(_s[_pos + 1])) throw Bad();
            _pos += 2;
            return (_s[_pos - 2] - '0') * 10 + (_s[_pos - 1] - '0');
        }
    }
}
