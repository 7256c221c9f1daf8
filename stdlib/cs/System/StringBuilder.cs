namespace System.Text
{
    /// A mutable string. The characters live in one growable char[]; beside it the builder
    /// keeps the layout of the chunks that .NET Core 3.1's StringBuilder (a chain of char[]
    /// blocks) would have after the same calls, only as lengths and sizes, so that Capacity
    /// and EnsureCapacity report what .NET reports: appends add a block as large as the
    /// current length (at most 8000) or the rest of the text, inserts that do not fit in
    /// place add a block before the insertion point, and shrinking the length across a block
    /// boundary keeps about 6/5 of the old length.
    public sealed class StringBuilder
    {
        private const int DefaultCapacity = 16;
        private const int MaxChunkSize = 8000;

        private char[] m_chars;
        private int m_length;
        private int m_maxCapacity;
        /// The chunk layout: how many characters each chunk holds and how many it has room
        /// for. The last chunk (the one appends fill) is kept in fields, the earlier ones,
        /// first to last, in arrays made when a second chunk appears.
        private int m_lastLength;
        private int m_lastSize;
        private int[] m_prevLengths;
        private int[] m_prevSizes;
        private int m_prevCount;

        public StringBuilder() : this(DefaultCapacity, int.MaxValue)
        {
        }

        public StringBuilder(int capacity) : this(capacity, int.MaxValue)
        {
        }

        public StringBuilder(string value) : this(value, DefaultCapacity)
        {
        }

        public StringBuilder(string value, int capacity) : this(value, 0, (object)value == null ? 0 : value.Length, capacity)
        {
        }

        public StringBuilder(string value, int startIndex, int length, int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "'capacity' must be greater than zero.");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "'length' must be non-negative.");
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if ((object)value == null) value = "";
            if (startIndex > value.Length - length) throw new ArgumentOutOfRangeException("length", "Index and length must refer to a location within the string.");
            if (capacity == 0) capacity = DefaultCapacity;
            if (capacity < length) capacity = length;
            Init(capacity, int.MaxValue);
            for (int i = 0; i < length; i++) m_chars[i] = value[startIndex + i];
            m_length = length;
            m_lastLength = length;
        }

        public StringBuilder(int capacity, int maxCapacity)
        {
            if (capacity > maxCapacity) throw new ArgumentOutOfRangeException("capacity", "Capacity exceeds maximum capacity.");
            if (maxCapacity < 1) throw new ArgumentOutOfRangeException("maxCapacity", "MaxCapacity must be one or greater.");
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "'capacity' must be greater than zero.");
            if (capacity == 0) capacity = Math.Min(DefaultCapacity, maxCapacity);
            Init(capacity, maxCapacity);
        }

        private void Init(int capacity, int maxCapacity)
        {
            m_chars = new char[capacity];
            m_maxCapacity = maxCapacity;
            m_lastSize = capacity;
        }

        // ---- size ------------------------------------------------------------------------

        public int Length
        {
            get { return m_length; }
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value", "Length cannot be less than zero.");
                if (value > m_maxCapacity) throw new ArgumentOutOfRangeException("value", "capacity was less than the current size.");
                if (value == 0 && m_prevCount == 0)
                {
                    m_lastLength = 0;
                    m_length = 0;
                    return;
                }
                int delta = value - m_length;
                if (delta > 0)
                {
                    Append('\0', delta);
                    return;
                }
                int k = ChunkFor(value);
                int offset = ChunkOffset(k);
                if (k != m_prevCount)
                {
                    // .NET keeps the chunk holding the new end as the last one, enlarged to
                    // preserve about 6/5 of the old length as capacity.
                    int keep = Math.Min(Capacity, Math.Max(m_length * 6 / 5, m_lastSize));
                    int size = m_prevSizes[k];
                    if (keep - offset > size) size = keep - offset;
                    m_lastSize = size;
                    m_prevCount = k;
                }
                m_lastLength = value - offset;
                m_length = value;
            }
        }

        public int Capacity
        {
            get { return m_length - m_lastLength + m_lastSize; }
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value", "Capacity must be positive.");
                if (value > m_maxCapacity) throw new ArgumentOutOfRangeException("value", "Capacity exceeds maximum capacity.");
                if (value < m_length) throw new ArgumentOutOfRangeException("value", "capacity was less than the current size.");
                m_lastSize = value - (m_length - m_lastLength);
            }
        }

        public int MaxCapacity
        {
            get { return m_maxCapacity; }
        }

        /// Grows the capacity to at least `capacity`; returns the capacity.
        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Capacity must be positive.");
            if (Capacity < capacity) Capacity = capacity;
            return Capacity;
        }

        /// Reading outside the text is an IndexOutOfRangeException, writing there an
        /// ArgumentOutOfRangeException (as in .NET).
        [System.Runtime.CompilerServices.IndexerName("Chars")]
        public char this[int index]
        {
            get
            {
                if (index < 0 || index >= m_length) throw new IndexOutOfRangeException();
                return m_chars[index];
            }
            set
            {
                if (index < 0 || index >= m_length) throw new ArgumentOutOfRangeException("index", IndexMessage);
                m_chars[index] = value;
            }
        }

        public StringBuilder Clear()
        {
            Length = 0;
            return this;
        }

        // ---- appending -------------------------------------------------------------------

        public StringBuilder Append(char value)
        {
            int n = m_length;
            if (m_lastLength < m_lastSize && n < m_chars.Length)
            {
                m_chars[n] = value;
                m_length = n + 1;
                m_lastLength++;
                return this;
            }
            int at = Grow(1, "repeatCount", Free());
            m_chars[at] = value;
            return this;
        }

        public StringBuilder Append(char value, int repeatCount)
        {
            if (repeatCount < 0) throw new ArgumentOutOfRangeException("repeatCount", "Count cannot be less than zero.");
            if (repeatCount == 0) return this;
            int at = Grow(repeatCount, "repeatCount");
            for (int i = 0; i < repeatCount; i++) m_chars[at + i] = value;
            return this;
        }

        public StringBuilder Append(string value)
        {
            if ((object)value == null || value.Length == 0) return this;
            int n = value.Length;
            int end = m_length + n;
            if (n < m_lastSize - m_lastLength && end <= m_chars.Length)
            {
                for (int i = 0; i < n; i++) m_chars[m_length + i] = value[i];
                m_length = end;
                m_lastLength += n;
                return this;
            }
            int at = Grow(n, "valueCount", Free() - 1);
            for (int i = 0; i < n; i++) m_chars[at + i] = value[i];
            return this;
        }

        /// Appends a formatted value's text (see Grow for how this differs from Append).
        internal StringBuilder AppendFormatted(string value)
        {
            int n = value.Length;
            if (n == 0) return this;
            int end = m_length + n;
            if (n <= m_lastSize - m_lastLength && end <= m_chars.Length)
            {
                for (int i = 0; i < n; i++) m_chars[m_length + i] = value[i];
                m_length = end;
                m_lastLength += n;
                return this;
            }
            int at = Grow(n, "valueCount", Free());
            for (int i = 0; i < n; i++) m_chars[at + i] = value[i];
            return this;
        }

        public StringBuilder Append(string value, int startIndex, int count)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", IndexMessage);
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Value must be positive.");
            if ((object)value == null)
            {
                if (startIndex == 0 && count == 0) return this;
                throw new ArgumentNullException("value");
            }
            if (count == 0) return this;
            if (startIndex > value.Length - count) throw new ArgumentOutOfRangeException("startIndex", IndexMessage);
            int at = Grow(count, "valueCount");
            for (int i = 0; i < count; i++) m_chars[at + i] = value[startIndex + i];
            return this;
        }

        public StringBuilder Append(char[] value)
        {
            if (value == null || value.Length == 0) return this;
            int at = Grow(value.Length, "valueCount");
            for (int i = 0; i < value.Length; i++) m_chars[at + i] = value[i];
            return this;
        }

        public StringBuilder Append(char[] value, int startIndex, int charCount)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "Value must be positive.");
            if (charCount < 0) throw new ArgumentOutOfRangeException("charCount", "Value must be positive.");
            if (value == null)
            {
                if (startIndex == 0 && charCount == 0) return this;
                throw new ArgumentNullException("value");
            }
            if (charCount > value.Length - startIndex) throw new ArgumentOutOfRangeException("charCount", IndexMessage);
            if (charCount == 0) return this;
            int at = Grow(charCount, "valueCount");
            for (int i = 0; i < charCount; i++) m_chars[at + i] = value[startIndex + i];
            return this;
        }

        public StringBuilder Append(StringBuilder value)
        {
            if (value == null || value.m_length == 0) return this;
            return AppendBuilder(value, 0, value.m_length);
        }

        public StringBuilder Append(StringBuilder value, int startIndex, int count)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", IndexMessage);
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Value must be positive.");
            if (value == null)
            {
                if (startIndex == 0 && count == 0) return this;
                throw new ArgumentNullException("value");
            }
            if (count == 0) return this;
            if (count > value.m_length - startIndex) throw new ArgumentOutOfRangeException("startIndex", IndexMessage);
            return AppendBuilder(value, startIndex, count);
        }

        private StringBuilder AppendBuilder(StringBuilder value, int startIndex, int count)
        {
            if (value == this) return Append(value.ToString(startIndex, count));
            if ((uint)(m_length + count) > (uint)m_maxCapacity) throw new ArgumentOutOfRangeException("Capacity", "Capacity exceeds maximum capacity.");
            int at = Grow(count, "valueCount");
            for (int i = 0; i < count; i++) m_chars[at + i] = value.m_chars[startIndex + i];
            return this;
        }

        public StringBuilder Append(object value)
        {
            if (value == null) return this;
            return Append(value.ToString());
        }

        public StringBuilder Append(bool value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(sbyte value)
        {
            return AppendFormatted(value.ToString());
        }

        public StringBuilder Append(byte value)
        {
            return AppendFormatted(value.ToString());
        }

        public StringBuilder Append(short value)
        {
            return AppendFormatted(value.ToString());
        }

        public StringBuilder Append(ushort value)
        {
            return AppendFormatted(value.ToString());
        }

        public StringBuilder Append(int value)
        {
            return AppendFormatted(value.ToString());
        }

        public StringBuilder Append(uint value)
        {
            return AppendFormatted(value.ToString());
        }

        public StringBuilder Append(long value)
        {
            return AppendFormatted(value.ToString());
        }

        public StringBuilder Append(ulong value)
        {
            return AppendFormatted(value.ToString());
        }

        public StringBuilder Append(float value)
        {
            return AppendFormatted(value.ToString());
        }

        public StringBuilder Append(double value)
        {
            return AppendFormatted(value.ToString());
        }

        public StringBuilder Append(decimal value)
        {
            return AppendFormatted(value.ToString());
        }

        public StringBuilder AppendLine()
        {
            return Append(Environment.NewLine);
        }

        public StringBuilder AppendLine(string value)
        {
            Append(value);
            return Append(Environment.NewLine);
        }

        /// Composite formatting, as String.Format, appended piece by piece.
        public StringBuilder AppendFormat(string format, object arg0)
        {
            return Formatter.AppendFormat(this, format, new object[] { arg0 });
        }

        public StringBuilder AppendFormat(string format, object arg0, object arg1)
        {
            return Formatter.AppendFormat(this, format, new object[] { arg0, arg1 });
        }

        public StringBuilder AppendFormat(string format, object arg0, object arg1, object arg2)
        {
            return Formatter.AppendFormat(this, format, new object[] { arg0, arg1, arg2 });
        }

        /// A null args names `format` when that is null too (as .NET does).
        public StringBuilder AppendFormat(string format, params object[] args)
        {
            if (args == null) throw new ArgumentNullException((object)format == null ? "format" : "args");
            return Formatter.AppendFormat(this, format, args);
        }

        /// The values' strings (null values as nothing) with the separator between them.
        public StringBuilder AppendJoin(string separator, params object[] values)
        {
            if (values == null) throw new ArgumentNullException("values");
            for (int i = 0; i < values.Length; i++)
            {
                if (i > 0) AppendSeparator(separator);
                if (values[i] != null) Append(values[i].ToString());
            }
            return this;
        }

        public StringBuilder AppendJoin(string separator, params string[] values)
        {
            if (values == null) throw new ArgumentNullException("values");
            for (int i = 0; i < values.Length; i++)
            {
                if (i > 0) AppendSeparator(separator);
                Append(values[i]);
            }
            return this;
        }

        public StringBuilder AppendJoin<T>(string separator, System.Collections.Generic.IEnumerable<T> values)
        {
            if (values == null) throw new ArgumentNullException("values");
            bool first = true;
            foreach (T value in values)
            {
                if (!first) AppendSeparator(separator);
                first = false;
                if (value != null) Append(value.ToString());
            }
            return this;
        }

        /// .NET appends the separator as characters, always checking MaxCapacity.
        private void AppendSeparator(string separator)
        {
            int n = (object)separator == null ? 0 : separator.Length;
            if (m_length + n > m_maxCapacity) throw new ArgumentOutOfRangeException("valueCount", "The length cannot be greater than the capacity.");
            if (n == 0) return;
            int at = Grow(n, "valueCount");
            for (int i = 0; i < n; i++) m_chars[at + i] = separator[i];
        }

        public StringBuilder AppendJoin(char separator, params object[] values)
        {
            return AppendJoin(new string(separator, 1), values);
        }

        public StringBuilder AppendJoin(char separator, params string[] values)
        {
            return AppendJoin(new string(separator, 1), values);
        }

        public StringBuilder AppendJoin<T>(char separator, System.Collections.Generic.IEnumerable<T> values)
        {
            return AppendJoin<T>(new string(separator, 1), values);
        }

        // ---- inserting -------------------------------------------------------------------

        public StringBuilder Insert(int index, string value)
        {
            if ((uint)index > (uint)m_length) throw new ArgumentOutOfRangeException("index", IndexMessage);
            if ((object)value != null && value.Length != 0) InsertChars(index, value.ToCharArray(), 0, value.Length, 1);
            return this;
        }

        /// `count` copies of value.
        public StringBuilder Insert(int index, string value, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if ((uint)index > (uint)m_length) throw new ArgumentOutOfRangeException("index", IndexMessage);
            if ((object)value == null || value.Length == 0 || count == 0) return this;
            if ((long)value.Length * count > m_maxCapacity - m_length) throw new OutOfMemoryException();
            InsertChars(index, value.ToCharArray(), 0, value.Length, count);
            return this;
        }

        public StringBuilder Insert(int index, char value)
        {
            if ((uint)index > (uint)m_length) throw new ArgumentOutOfRangeException("index", IndexMessage);
            InsertChars(index, new char[] { value }, 0, 1, 1);
            return this;
        }

        public StringBuilder Insert(int index, char[] value)
        {
            if ((uint)index > (uint)m_length) throw new ArgumentOutOfRangeException("index", IndexMessage);
            if (value != null) Insert(index, value, 0, value.Length);
            return this;
        }

        public StringBuilder Insert(int index, char[] value, int startIndex, int charCount)
        {
            if ((uint)index > (uint)m_length) throw new ArgumentOutOfRangeException("index", IndexMessage);
            if (value == null)
            {
                if (startIndex == 0 && charCount == 0) return this;
                throw new ArgumentNullException("value", "String reference not set to an instance of a String.");
            }
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (charCount < 0) throw new ArgumentOutOfRangeException("charCount", "Value must be positive.");
            if (startIndex > value.Length - charCount) throw new ArgumentOutOfRangeException("startIndex", IndexMessage);
            if (charCount > 0) InsertChars(index, value, startIndex, charCount, 1);
            return this;
        }

        public StringBuilder Insert(int index, object value)
        {
            if (value == null) return this;
            return Insert(index, value.ToString(), 1);
        }

        public StringBuilder Insert(int index, bool value)
        {
            return Insert(index, value.ToString(), 1);
        }

        public StringBuilder Insert(int index, sbyte value)
        {
            return Insert(index, value.ToString(), 1);
        }

        public StringBuilder Insert(int index, byte value)
        {
            return Insert(index, value.ToString(), 1);
        }

        public StringBuilder Insert(int index, short value)
        {
            return Insert(index, value.ToString(), 1);
        }

        public StringBuilder Insert(int index, ushort value)
        {
            return Insert(index, value.ToString(), 1);
        }

        public StringBuilder Insert(int index, int value)
        {
            return Insert(index, value.ToString(), 1);
        }

        public StringBuilder Insert(int index, uint value)
        {
            return Insert(index, value.ToString(), 1);
        }

        public StringBuilder Insert(int index, long value)
        {
            return Insert(index, value.ToString(), 1);
        }

        public StringBuilder Insert(int index, ulong value)
        {
            return Insert(index, value.ToString(), 1);
        }

        public StringBuilder Insert(int index, float value)
        {
            return Insert(index, value.ToString(), 1);
        }

        public StringBuilder Insert(int index, double value)
        {
            return Insert(index, value.ToString(), 1);
        }

        public StringBuilder Insert(int index, decimal value)
        {
            return Insert(index, value.ToString(), 1);
        }

        /// Inserts `copies` copies of value[start, start + n) at index (checked by the caller).
        private void InsertChars(int index, char[] value, int start, int n, int copies)
        {
            int total = n * copies;
            MakeRoom(index, total, false);
            EnsureBuffer(m_length + total);
            for (int i = m_length - 1; i >= index; i--) m_chars[i + total] = m_chars[i];
            for (int c = 0; c < copies; c++)
            {
                for (int i = 0; i < n; i++) m_chars[index + c * n + i] = value[start + i];
            }
            m_length += total;
        }

        // ---- removing and replacing ------------------------------------------------------

        public StringBuilder Remove(int startIndex, int length)
        {
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (length > m_length - startIndex) throw new ArgumentOutOfRangeException("length", IndexMessage);
            if (m_length == length && startIndex == 0)
            {
                Length = 0;
                return this;
            }
            if (length > 0) RemoveChars(startIndex, length);
            return this;
        }

        private void RemoveChars(int startIndex, int count)
        {
            RemoveRoom(startIndex, count);
            for (int i = startIndex; i + count < m_length; i++) m_chars[i] = m_chars[i + count];
            m_length -= count;
        }

        public StringBuilder Replace(char oldChar, char newChar)
        {
            return Replace(oldChar, newChar, 0, m_length);
        }

        public StringBuilder Replace(char oldChar, char newChar, int startIndex, int count)
        {
            if ((uint)startIndex > (uint)m_length) throw new ArgumentOutOfRangeException("startIndex", IndexMessage);
            if (count < 0 || startIndex > m_length - count) throw new ArgumentOutOfRangeException("count", IndexMessage);
            for (int i = startIndex; i < startIndex + count; i++)
            {
                if (m_chars[i] == oldChar) m_chars[i] = newChar;
            }
            return this;
        }

        public StringBuilder Replace(string oldValue, string newValue)
        {
            return Replace(oldValue, newValue, 0, m_length);
        }

        /// Every non-overlapping occurrence of oldValue lying within the `count` characters
        /// from startIndex, left to right, replaced by newValue (null meaning "").
        public StringBuilder Replace(string oldValue, string newValue, int startIndex, int count)
        {
            if ((uint)startIndex > (uint)m_length) throw new ArgumentOutOfRangeException("startIndex", IndexMessage);
            if (count < 0 || startIndex > m_length - count) throw new ArgumentOutOfRangeException("count", IndexMessage);
            if ((object)oldValue == null) throw new ArgumentNullException("oldValue");
            if (oldValue.Length == 0) throw new ArgumentException("Empty name is not legal.", "oldValue");
            if ((object)newValue == null) newValue = "";
            int oldLength = oldValue.Length;
            int perMatch = newValue.Length - oldLength;
            // Walk the range as .NET does, chunk by chunk, applying each chunk's matches to
            // the chunk layout (and m_length) when leaving it. `pos` indexes the text as it
            // was, which m_chars keeps until the end; the chunk positions are current ones.
            System.Collections.Generic.List<int> matches = new System.Collections.Generic.List<int>();
            System.Collections.Generic.List<int> group = new System.Collections.Generic.List<int>();
            int originalLength = m_length;
            int applied = 0;
            int pos = startIndex;
            int k = ChunkFor(pos);
            int inChunk = pos - ChunkOffset(k);
            while (count > 0)
            {
                if (MatchesAt(pos, count, oldValue))
                {
                    matches.Add(pos);
                    group.Add(inChunk);
                    inChunk += oldLength;
                    pos += oldLength;
                    count -= oldLength;
                }
                else
                {
                    inChunk++;
                    pos++;
                    count--;
                }
                if (inChunk >= ChunkLength(k) || count == 0)
                {
                    int index = inChunk + ChunkOffset(k);
                    if (group.Count > 0)
                    {
                        int delta = perMatch * group.Count;
                        if (delta > 0 && (delta + m_length > m_maxCapacity || delta + m_length < delta))
                        {
                            // .NET fails here with the earlier chunks' replacements made.
                            RewriteReplaced(matches, applied, oldLength, newValue, originalLength);
                            throw new ArgumentOutOfRangeException("requiredLength", "capacity was less than the current size.");
                        }
                        if (delta > 0) MakeRoom(ChunkOffset(k) + group[0], delta, true);
                        else if (delta < 0) RemoveRoom(ChunkOffset(k) + group[group.Count - 1] + oldLength + delta, -delta);
                        index += delta;
                        m_length += delta;
                        applied = matches.Count;
                        group.Clear();
                    }
                    k = ChunkFor(index);
                    inChunk = index - ChunkOffset(k);
                }
            }
            if (applied > 0) RewriteReplaced(matches, applied, oldLength, newValue, originalLength);
            return this;
        }

        /// Rewrites the text (originally originalLength characters) with the first `count`
        /// matches replaced; the layout and m_length already describe the result.
        private void RewriteReplaced(System.Collections.Generic.List<int> matches, int count, int oldLength, string newValue, int originalLength)
        {
            char[] text = new char[Math.Max(m_chars.Length, m_length)];
            int from = 0;
            int to = 0;
            for (int i = 0; i < count; i++)
            {
                int at = matches[i];
                while (from < at) text[to++] = m_chars[from++];
                for (int j = 0; j < newValue.Length; j++) text[to++] = newValue[j];
                from += oldLength;
            }
            while (from < originalLength) text[to++] = m_chars[from++];
            m_chars = text;
        }

        /// Whether value occurs at pos within the `count` characters from there.
        private bool MatchesAt(int pos, int count, string value)
        {
            if (value.Length > count) return false;
            for (int i = 0; i < value.Length; i++)
            {
                if (m_chars[pos + i] != value[i]) return false;
            }
            return true;
        }

        // ---- reading ---------------------------------------------------------------------

        public override string ToString()
        {
            if (m_length == 0) return "";
            return new string(m_chars, 0, m_length);
        }

        public string ToString(int startIndex, int length)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (startIndex > m_length) throw new ArgumentOutOfRangeException("startIndex", "startIndex cannot be larger than length of string.");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (startIndex > m_length - length) throw new ArgumentOutOfRangeException("length", "Index and length must refer to a location within the string.");
            return new string(m_chars, startIndex, length);
        }

        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination == null) throw new ArgumentNullException("destination");
            if (destinationIndex < 0) throw new ArgumentOutOfRangeException("destinationIndex", "'destinationIndex' must be non-negative.");
            if (destinationIndex > destination.Length - count)
            {
                throw new ArgumentException("Either offset did not refer to a position in the string, or there is an insufficient length of destination character array.");
            }
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Argument count must not be negative.");
            if ((uint)sourceIndex > (uint)m_length) throw new ArgumentOutOfRangeException("sourceIndex", IndexMessage);
            if (sourceIndex > m_length - count) throw new ArgumentException("Source string was not long enough. Check sourceIndex and count.");
            for (int i = 0; i < count; i++) destination[destinationIndex + i] = m_chars[sourceIndex + i];
        }

        /// The same characters (capacities may differ).
        public bool Equals(StringBuilder sb)
        {
            if (sb == null || sb.m_length != m_length) return false;
            if (sb == this) return true;
            for (int i = 0; i < m_length; i++)
            {
                if (m_chars[i] != sb.m_chars[i]) return false;
            }
            return true;
        }

        // ---- the chunk layout ------------------------------------------------------------

        private const string IndexMessage = "Index was out of range. Must be non-negative and less than the size of the collection.";

        private int ChunkLength(int k)
        {
            return k == m_prevCount ? m_lastLength : m_prevLengths[k];
        }

        private void SetChunkLength(int k, int length)
        {
            if (k == m_prevCount) m_lastLength = length;
            else m_prevLengths[k] = length;
        }

        private int ChunkSize(int k)
        {
            return k == m_prevCount ? m_lastSize : m_prevSizes[k];
        }

        /// Where chunk k starts in the text.
        private int ChunkOffset(int k)
        {
            if (k == m_prevCount) return m_length - m_lastLength;
            int offset = 0;
            for (int i = 0; i < k; i++) offset += m_prevLengths[i];
            return offset;
        }

        /// The chunk .NET finds for a text index: the last one starting at or before it.
        private int ChunkFor(int index)
        {
            int k = m_prevCount;
            int offset = m_length - m_lastLength;
            while (offset > index)
            {
                k--;
                offset -= m_prevLengths[k];
            }
            return k;
        }

        /// Adds a chunk at position `at` (m_prevCount + 1: after the last, becoming the last).
        private void AddChunk(int at, int length, int size)
        {
            if (m_prevLengths == null)
            {
                m_prevLengths = new int[4];
                m_prevSizes = new int[4];
            }
            else if (m_prevCount == m_prevLengths.Length)
            {
                int[] lengths = new int[m_prevCount * 2];
                int[] sizes = new int[m_prevCount * 2];
                for (int i = 0; i < m_prevCount; i++)
                {
                    lengths[i] = m_prevLengths[i];
                    sizes[i] = m_prevSizes[i];
                }
                m_prevLengths = lengths;
                m_prevSizes = sizes;
            }
            if (at == m_prevCount + 1)
            {
                m_prevLengths[m_prevCount] = m_lastLength;
                m_prevSizes[m_prevCount] = m_lastSize;
                m_prevCount++;
                m_lastLength = length;
                m_lastSize = size;
                return;
            }
            for (int i = m_prevCount; i > at; i--)
            {
                m_prevLengths[i] = m_prevLengths[i - 1];
                m_prevSizes[i] = m_prevSizes[i - 1];
            }
            m_prevLengths[at] = length;
            m_prevSizes[at] = size;
            m_prevCount++;
        }

        /// Drops `count` chunks from `at` on; never the last one.
        private void RemoveChunks(int at, int count)
        {
            for (int i = at; i + count < m_prevCount; i++)
            {
                m_prevLengths[i] = m_prevLengths[i + count];
                m_prevSizes[i] = m_prevSizes[i + count];
            }
            m_prevCount -= count;
        }

        /// Makes room for n more characters at the end: the last chunk's free space, then a
        /// new chunk. Returns where they go; the caller writes them.
        private int Grow(int n, string paramName)
        {
            return Grow(n, paramName, -1);
        }

        /// As Grow, but without the MaxCapacity check when n is at most `unchecked`: .NET
        /// writes a char, a short string or a formatted number straight into the last
        /// chunk's free space when it fits (where a builder can outgrow its MaxCapacity).
        private int Grow(int n, string paramName, int uncheckedRoom)
        {
            int newLength = m_length + n;
            if (n > uncheckedRoom && (newLength > m_maxCapacity || newLength < n))
            {
                throw new ArgumentOutOfRangeException(paramName, "The length cannot be greater than the capacity.");
            }
            int free = m_lastSize - m_lastLength;
            if (n <= free)
            {
                m_lastLength += n;
            }
            else
            {
                m_lastLength = m_lastSize;
                int rest = n - free;
                int full = m_length + free;
                AddChunk(m_prevCount + 1, rest, Math.Max(rest, Math.Min(full, MaxChunkSize)));
            }
            EnsureBuffer(newLength);
            int at = m_length;
            m_length = newLength;
            return at;
        }

        /// The room left in the last chunk.
        private int Free()
        {
            return m_lastSize - m_lastLength;
        }

        private void EnsureBuffer(int total)
        {
            if (total <= m_chars.Length) return;
            int size = m_chars.Length * 2;
            if (size < total) size = total;
            char[] bigger = new char[size];
            for (int i = 0; i < m_length; i++) bigger[i] = m_chars[i];
            m_chars = bigger;
        }

        /// The layout change of inserting n characters at index: in place when the chunk
        /// there is small and has the room (and moving what follows is allowed), else a new
        /// chunk of n characters (room for at least 16) before it.
        private void MakeRoom(int index, int n, bool doNotMoveFollowingChars)
        {
            if (n + m_length > m_maxCapacity || n + m_length < n) throw new ArgumentOutOfRangeException("requiredLength", "capacity was less than the current size.");
            int k = ChunkFor(index);
            int length = ChunkLength(k);
            if (!doNotMoveFollowingChars && length <= DefaultCapacity * 2 && ChunkSize(k) - length >= n)
            {
                SetChunkLength(k, length + n);
                return;
            }
            AddChunk(k, n, Math.Max(n, DefaultCapacity));
        }

        /// The layout change of removing count characters at startIndex: the chunk holding
        /// the start is cut there, the chunks wholly inside the range go, and the chunk
        /// holding the end loses its part of the range.
        private void RemoveRoom(int startIndex, int count)
        {
            int endIndex = startIndex + count;
            int k = m_prevCount;
            int offset = m_length - m_lastLength;
            int endChunk = -1;
            int endInChunk = 0;
            int inChunk;
            while (true)
            {
                if (endIndex - offset >= 0)
                {
                    if (endChunk < 0)
                    {
                        endChunk = k;
                        endInChunk = endIndex - offset;
                    }
                    if (startIndex - offset >= 0)
                    {
                        inChunk = startIndex - offset;
                        break;
                    }
                }
                k--;
                offset -= m_prevLengths[k];
            }
            int copyTarget = inChunk;
            if (endChunk != k)
            {
                copyTarget = 0;
                SetChunkLength(k, inChunk);
                SetChunkLength(endChunk, ChunkLength(endChunk) - endInChunk);
                int first = inChunk == 0 ? k : k + 1;
                RemoveChunks(first, endChunk - first);
                return;
            }
            SetChunkLength(endChunk, ChunkLength(endChunk) - (endInChunk - copyTarget));
        }
    }
}
