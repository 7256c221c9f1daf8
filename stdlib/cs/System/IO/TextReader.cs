namespace System.IO
{
    /// A reader of characters. Subclasses override Read() and Peek() at least; the other
    /// members are built on them, and override them where they can do better.
    public abstract class TextReader : IDisposable
    {
        /// A reader with nothing to read.
        public static readonly TextReader Null = new StringReader("");

        protected TextReader()
        {
        }

        /// The next character, or -1 at the end.
        public virtual int Read()
        {
            return -1;
        }

        /// The next character without taking it, or -1 at the end.
        public virtual int Peek()
        {
            return -1;
        }

        /// Reads up to `count` characters into `buffer` from `index`; how many were read.
        public virtual int Read(char[] buffer, int index, int count)
        {
            TextReader.CheckChars(buffer, index, count);
            int n = 0;
            while (n < count)
            {
                int c = Read();
                if (c < 0) break;
                buffer[index + n] = (char)c;
                n++;
            }
            return n;
        }

        /// As Read(char[], int, int), which for a TextReader already reads all it can.
        public virtual int ReadBlock(char[] buffer, int index, int count)
        {
            int total = 0;
            int n;
            do
            {
                n = Read(buffer, index + total, count - total);
                total += n;
            } while (n > 0 && total < count);
            return total;
        }

        /// The next line without its terminator ("\n", "\r" or "\r\n"); null at the end.
        public virtual string ReadLine()
        {
            var sb = new System.Text.StringBuilder();
            while (true)
            {
                int c = Read();
                if (c < 0) return sb.Length > 0 ? sb.ToString() : null;
                if (c == '\r')
                {
                    if (Peek() == '\n') Read();
                    return sb.ToString();
                }
                if (c == '\n') return sb.ToString();
                sb.Append((char)c);
            }
        }

        /// Everything left.
        public virtual string ReadToEnd()
        {
            var sb = new System.Text.StringBuilder();
            int c;
            while ((c = Read()) >= 0) sb.Append((char)c);
            return sb.ToString();
        }

        public virtual void Close()
        {
            Dispose(true);
        }

        /// .NET's checks of a (buffer, index, count) argument triple of readers and writers.
        internal static void CheckChars(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (buffer.Length - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        }

        public void Dispose()
        {
            Dispose(true);
        }

        protected virtual void Dispose(bool disposing)
        {
        }
    }

    /// Console.In: standard input, read through the runtime's one buffer so that Read,
    /// ReadLine and ReadToEnd can be mixed.
    internal sealed class ConsoleReader : TextReader
    {
        internal ConsoleReader()
        {
        }

        public override int Read()
        {
            return Console.StdinRead(false);
        }

        public override int Peek()
        {
            return Console.StdinRead(true);
        }

        public override string ReadLine()
        {
            return Console.StdinReadLine();
        }

        public override string ReadToEnd()
        {
            return Console.StdinReadToEnd();
        }
    }

    /// A reader over a string.
    public class StringReader : TextReader
    {
        private string _s;
        private int _pos;

        public StringReader(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            _s = s;
        }

        private string Text()
        {
            if (_s == null) throw new ObjectDisposedException(null, "Cannot read from a closed TextReader.");
            return _s;
        }

        public override int Read()
        {
            string s = Text();
            if (_pos >= s.Length) return -1;
            return s[_pos++];
        }

        public override int Peek()
        {
            string s = Text();
            if (_pos >= s.Length) return -1;
            return s[_pos];
        }

        public override int Read(char[] buffer, int index, int count)
        {
            TextReader.CheckChars(buffer, index, count);
            string s = Text();
            int n = Math.Min(count, s.Length - _pos);
            if (n <= 0) return 0;
            s.CopyTo(_pos, buffer, index, n);
            _pos += n;
            return n;
        }

        public override string ReadLine()
        {
            string s = Text();
            if (_pos >= s.Length) return null;
            int start = _pos;
            while (_pos < s.Length)
            {
                char c = s[_pos];
                if (c == '\r' || c == '\n')
                {
                    string line = s.Substring(start, _pos - start);
                    _pos++;
                    if (c == '\r' && _pos < s.Length && s[_pos] == '\n') _pos++;
                    return line;
                }
                _pos++;
            }
            return s.Substring(start);
        }

        public override string ReadToEnd()
        {
            string s = Text();
            string rest = _pos == 0 ? s : s.Substring(_pos);
            _pos = s.Length;
            return rest;
        }

        protected override void Dispose(bool disposing)
        {
            _s = null;
        }
    }
}
