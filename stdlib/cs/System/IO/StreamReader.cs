using System.Text;

namespace System.IO
{
    /// Characters decoded from a stream, a block at a time. UTF-8 unless told otherwise; a
    /// byte order mark at the start picks UTF-8 or UTF-16 and is skipped.
    public class StreamReader : TextReader
    {
        private Stream _stream;
        private Encoding _encoding;
        private bool _detect;
        private byte[] _bytes;
        /// Undecoded bytes at the start of `_bytes` (a sequence the last block cut short).
        private int _carry;
        private char[] _chars;
        private int _charPos;
        private int _charLen;
        private bool _started;

        public StreamReader(Stream stream) : this(stream, Encoding.UTF8, true)
        {
        }

        public StreamReader(Stream stream, bool detectEncodingFromByteOrderMarks) : this(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks)
        {
        }

        public StreamReader(Stream stream, Encoding encoding) : this(stream, encoding, true)
        {
        }

        public StreamReader(Stream stream, Encoding encoding, bool detectEncodingFromByteOrderMarks)
        {
            if (stream == null) throw new ArgumentNullException("stream");
            if (encoding == null) throw new ArgumentNullException("encoding");
            if (!stream.CanRead) throw new ArgumentException("Stream was not readable.");
            Init(stream, encoding, detectEncodingFromByteOrderMarks);
        }

        public StreamReader(string path) : this(path, Encoding.UTF8, true)
        {
        }

        public StreamReader(string path, bool detectEncodingFromByteOrderMarks) : this(path, Encoding.UTF8, detectEncodingFromByteOrderMarks)
        {
        }

        public StreamReader(string path, Encoding encoding) : this(path, encoding, true)
        {
        }

        public StreamReader(string path, Encoding encoding, bool detectEncodingFromByteOrderMarks)
        {
            FileSystem.CheckPath(path, "path");
            if (encoding == null) throw new ArgumentNullException("encoding");
            Init(new FileStream(path, FileMode.Open, FileAccess.Read), encoding, detectEncodingFromByteOrderMarks);
        }

        private void Init(Stream stream, Encoding encoding, bool detect)
        {
            _stream = stream;
            _encoding = encoding;
            _detect = detect;
            _bytes = new byte[4096];
            _chars = new char[4096 + 2];
        }

        public virtual Encoding CurrentEncoding
        {
            get { return _encoding; }
        }

        public virtual Stream BaseStream
        {
            get { return _stream; }
        }

        /// True once everything has been read.
        public bool EndOfStream
        {
            get { return _charPos >= _charLen && !Fill(); }
        }

        private void CheckOpen()
        {
            if (_stream == null) throw new ObjectDisposedException(null, "Cannot read from a closed TextReader.");
        }

        /// Decodes the next block into `_chars`; false at the end of the stream.
        private bool Fill()
        {
            CheckOpen();
            _charPos = 0;
            _charLen = 0;
            while (_charLen == 0)
            {
                int n = _stream.Read(_bytes, _carry, _bytes.Length - _carry);
                int end = _carry + n;
                int start = 0;
                if (!_started && (n == 0 || end >= 3))
                {
                    _started = true;
                    start = Preamble(end);
                }
                else if (!_started)
                {
                    // Too few bytes yet to tell whether a byte order mark starts the stream.
                    _carry = end;
                    continue;
                }
                if (n == 0)
                {
                    // The end: whatever is left is decoded as it is.
                    _charLen = DecodeInto(start, end);
                    _carry = 0;
                    return _charLen > 0;
                }
                int keep = _encoding is UTF8Encoding ? UTF8Encoding.IncompleteTail(_bytes, start, end) : (_encoding is UnicodeEncoding ? (end - start) & 1 : 0);
                _charLen = DecodeInto(start, end - keep);
                Array.Copy(_bytes, end - keep, _bytes, 0, keep);
                _carry = keep;
            }
            return true;
        }

        private int DecodeInto(int start, int end)
        {
            if (end <= start) return 0;
            int count = _encoding.GetCharCount(_bytes, start, end - start);
            if (count > _chars.Length) _chars = new char[count];
            return _encoding.GetChars(_bytes, start, end - start, _chars, 0);
        }

        /// Skips a byte order mark (choosing the encoding it names when detecting); how many
        /// bytes it took.
        private int Preamble(int end)
        {
            if (end >= 3 && _bytes[0] == 0xEF && _bytes[1] == 0xBB && _bytes[2] == 0xBF && (_detect || _encoding is UTF8Encoding))
            {
                _encoding = Encoding.UTF8;
                return 3;
            }
            if (end >= 2 && _bytes[0] == 0xFF && _bytes[1] == 0xFE && (_detect || _encoding is UnicodeEncoding))
            {
                _encoding = Encoding.Unicode;
                return 2;
            }
            return 0;
        }

        public override int Read()
        {
            if (_charPos >= _charLen && !Fill()) return -1;
            return _chars[_charPos++];
        }

        public override int Peek()
        {
            if (_charPos >= _charLen && !Fill()) return -1;
            return _chars[_charPos];
        }

        public override int Read(char[] buffer, int index, int count)
        {
            TextReader.CheckChars(buffer, index, count);
            if (_charPos >= _charLen && !Fill()) return 0;
            int n = Math.Min(count, _charLen - _charPos);
            Array.Copy(_chars, _charPos, buffer, index, n);
            _charPos += n;
            return n;
        }

        public override string ReadLine()
        {
            if (_charPos >= _charLen && !Fill()) return null;
            StringBuilder sb = null;
            while (true)
            {
                int i = _charPos;
                while (i < _charLen)
                {
                    char c = _chars[i];
                    if (c == '\r' || c == '\n')
                    {
                        string line = sb == null ? new string(_chars, _charPos, i - _charPos) : sb.Append(_chars, _charPos, i - _charPos).ToString();
                        _charPos = i + 1;
                        if (c == '\r' && Peek() == '\n') _charPos++;
                        return line;
                    }
                    i++;
                }
                if (sb == null) sb = new StringBuilder();
                sb.Append(_chars, _charPos, _charLen - _charPos);
                _charPos = _charLen;
                if (!Fill()) return sb.ToString();
            }
        }

        public override string ReadToEnd()
        {
            var sb = new StringBuilder();
            while (_charPos < _charLen || Fill())
            {
                sb.Append(_chars, _charPos, _charLen - _charPos);
                _charPos = _charLen;
            }
            return sb.ToString();
        }

        protected override void Dispose(bool disposing)
        {
            if (_stream == null) return;
            Stream s = _stream;
            _stream = null;
            if (disposing) s.Close();
        }
    }
}
