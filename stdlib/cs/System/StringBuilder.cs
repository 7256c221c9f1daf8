namespace System.Text
{
    /// A mutable string: a growable char[] turned into a string by ToString().
    public sealed class StringBuilder
    {
        private char[] m_chars;
        private int m_length;

        public StringBuilder()
        {
            m_chars = new char[16];
        }

        public StringBuilder(int capacity)
        {
            if (capacity < 0) ThrowHelper.ArgumentOutOfRange("capacity", "'capacity' must be greater than zero.");
            m_chars = new char[capacity < 16 ? 16 : capacity];
        }

        public StringBuilder(string value)
        {
            m_chars = new char[16];
            Append(value);
        }

        public int Length
        {
            get { return m_length; }
            set
            {
                if (value < 0) ThrowHelper.ArgumentOutOfRange("value", "Length cannot be less than zero.");
                Reserve(value);
                for (int i = m_length; i < value; i++) m_chars[i] = '\0';
                m_length = value;
            }
        }

        public int Capacity
        {
            get { return m_chars.Length; }
        }

        [System.Runtime.CompilerServices.IndexerName("Chars")]
        public char this[int index]
        {
            get
            {
                if (index < 0 || index >= m_length) ThrowHelper.ArgumentOutOfRange("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                return m_chars[index];
            }
            set
            {
                if (index < 0 || index >= m_length) ThrowHelper.ArgumentOutOfRange("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                m_chars[index] = value;
            }
        }

        private void Reserve(int total)
        {
            if (total <= m_chars.Length) return;
            int size = m_chars.Length * 2;
            if (size < total) size = total;
            char[] bigger = new char[size];
            for (int i = 0; i < m_length; i++) bigger[i] = m_chars[i];
            m_chars = bigger;
        }

        public StringBuilder Append(char value)
        {
            Reserve(m_length + 1);
            m_chars[m_length] = value;
            m_length++;
            return this;
        }

        public StringBuilder Append(char value, int repeatCount)
        {
            if (repeatCount < 0) ThrowHelper.ArgumentOutOfRange("repeatCount", "Count cannot be less than zero.");
            Reserve(m_length + repeatCount);
            for (int i = 0; i < repeatCount; i++)
            {
                m_chars[m_length] = value;
                m_length++;
            }
            return this;
        }

        public StringBuilder Append(string value)
        {
            if ((object)value == null) return this;
            int n = value.Length;
            Reserve(m_length + n);
            for (int i = 0; i < n; i++) m_chars[m_length + i] = value[i];
            m_length += n;
            return this;
        }

        public StringBuilder Append(string value, int startIndex, int count)
        {
            if ((object)value == null) return this;
            return Append(value.Substring(startIndex, count));
        }

        public StringBuilder Append(char[] value)
        {
            if (value == null) return this;
            Reserve(m_length + value.Length);
            for (int i = 0; i < value.Length; i++) m_chars[m_length + i] = value[i];
            m_length += value.Length;
            return this;
        }

        public StringBuilder Append(char[] value, int startIndex, int charCount)
        {
            if (startIndex < 0) ThrowHelper.ArgumentOutOfRange("startIndex", "Value must be positive.");
            if (charCount < 0) ThrowHelper.ArgumentOutOfRange("count", "Value must be positive.");
            if (value == null)
            {
                if (startIndex == 0 && charCount == 0) return this;
                throw new ArgumentNullException("value");
            }
            if (charCount > value.Length - startIndex) ThrowHelper.ArgumentOutOfRange("count", "Index was out of range. Must be non-negative and less than the size of the collection.");
            Reserve(m_length + charCount);
            for (int i = 0; i < charCount; i++) m_chars[m_length + i] = value[startIndex + i];
            m_length += charCount;
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

        public StringBuilder Append(int value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(uint value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(long value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(ulong value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(float value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(double value)
        {
            return Append(value.ToString());
        }

        public StringBuilder AppendLine()
        {
            return Append('\n');
        }

        public StringBuilder AppendLine(string value)
        {
            Append(value);
            return Append('\n');
        }

        public StringBuilder AppendFormat(string format, object arg0)
        {
            return Append(string.Format(format, arg0));
        }

        public StringBuilder AppendFormat(string format, object arg0, object arg1)
        {
            return Append(string.Format(format, arg0, arg1));
        }

        public StringBuilder AppendFormat(string format, object arg0, object arg1, object arg2)
        {
            return Append(string.Format(format, arg0, arg1, arg2));
        }

        public StringBuilder AppendFormat(string format, params object[] args)
        {
            return Append(string.Format(format, args));
        }

        public StringBuilder Insert(int index, string value)
        {
            if (index < 0 || index > m_length) ThrowHelper.ArgumentOutOfRange("index", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if ((object)value == null || value.Length == 0) return this;
            int n = value.Length;
            Reserve(m_length + n);
            for (int i = m_length - 1; i >= index; i--) m_chars[i + n] = m_chars[i];
            for (int i = 0; i < n; i++) m_chars[index + i] = value[i];
            m_length += n;
            return this;
        }

        public StringBuilder Insert(int index, char value)
        {
            return Insert(index, new string(value, 1));
        }

        public StringBuilder Remove(int startIndex, int length)
        {
            if (startIndex < 0 || length < 0 || startIndex > m_length - length) ThrowHelper.ArgumentOutOfRange("length", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            for (int i = startIndex; i + length < m_length; i++) m_chars[i] = m_chars[i + length];
            m_length -= length;
            return this;
        }

        public StringBuilder Replace(char oldChar, char newChar)
        {
            for (int i = 0; i < m_length; i++)
            {
                if (m_chars[i] == oldChar) m_chars[i] = newChar;
            }
            return this;
        }

        public StringBuilder Replace(string oldValue, string newValue)
        {
            string s = ToString().Replace(oldValue, newValue);
            m_length = 0;
            return Append(s);
        }

        public StringBuilder Clear()
        {
            m_length = 0;
            return this;
        }

        public override string ToString()
        {
            return new string(m_chars, 0, m_length);
        }

        public string ToString(int startIndex, int length)
        {
            if (startIndex < 0 || length < 0 || startIndex > m_length - length) ThrowHelper.ArgumentOutOfRange("length", "Index and length must refer to a location within the string.");
            return new string(m_chars, startIndex, length);
        }
    }
}
