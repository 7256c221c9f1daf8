using System.Text;

namespace System.IO
{
    /// Characters encoded into a stream (UTF-8 without a byte order mark unless an encoding is
    /// given), buffered until Flush, Dispose or AutoFlush.
    public class StreamWriter : TextWriter
    {
        private Stream _stream;
        private Encoding _encoding;
        private char[] _chars;
        private int _count;
        private bool _preambleDone;

        /// Whether every Write flushes.
        public virtual bool AutoFlush { get; set; }

        public StreamWriter(Stream stream) : this(stream, new UTF8Encoding(false))
        {
        }

        public StreamWriter(Stream stream, Encoding encoding) : this(stream, encoding, 1024)
        {
        }

        public StreamWriter(Stream stream, Encoding encoding, int bufferSize)
        {
            if (stream == null) throw new ArgumentNullException("stream");
            if (encoding == null) throw new ArgumentNullException("encoding");
            if (!stream.CanWrite) throw new ArgumentException("Stream was not writable.");
            if (bufferSize <= 0) throw new ArgumentOutOfRangeException("bufferSize", "Positive number required.");
            Init(stream, encoding, bufferSize);
        }

        public StreamWriter(string path) : this(path, false)
        {
        }

        public StreamWriter(string path, bool append) : this(path, append, new UTF8Encoding(false))
        {
        }

        public StreamWriter(string path, bool append, Encoding encoding) : this(path, append, encoding, 1024)
        {
        }

        public StreamWriter(string path, bool append, Encoding encoding, int bufferSize)
        {
            FileSystem.CheckPath(path, "path");
            if (encoding == null) throw new ArgumentNullException("encoding");
            if (bufferSize <= 0) throw new ArgumentOutOfRangeException("bufferSize", "Positive number required.");
            Init(new FileStream(path, append ? FileMode.Append : FileMode.Create, FileAccess.Write), encoding, bufferSize);
        }

        private void Init(Stream stream, Encoding encoding, int bufferSize)
        {
            _stream = stream;
            _encoding = encoding;
            _chars = new char[bufferSize];
            // The byte order mark only starts a stream: appending to a file adds none.
            _preambleDone = stream.CanSeek && stream.Position > 0;
        }

        public virtual Encoding Encoding
        {
            get { return _encoding; }
        }

        public virtual Stream BaseStream
        {
            get { return _stream; }
        }

        private void CheckOpen()
        {
            if (_stream == null) throw new ObjectDisposedException(null, "Cannot write to a closed TextWriter.");
        }

        public override void Write(char value)
        {
            CheckOpen();
            if (_count == _chars.Length) Encode(false);
            _chars[_count++] = value;
            if (AutoFlush) Flush(true);
        }

        public override void Write(string value)
        {
            if (value == null) return;
            CheckOpen();
            int i = 0;
            while (i < value.Length)
            {
                if (_count == _chars.Length) Encode(false);
                int n = Math.Min(_chars.Length - _count, value.Length - i);
                value.CopyTo(i, _chars, _count, n);
                _count += n;
                i += n;
            }
            if (AutoFlush) Flush(true);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            TextReader.CheckChars(buffer, index, count);
            Write(new string(buffer, index, count));
        }

        /// Encodes the buffered characters into the stream; a high surrogate at the end waits
        /// for its pair unless `final`.
        private void Encode(bool final)
        {
            if (!_preambleDone)
            {
                _preambleDone = true;
                byte[] bom = _encoding.GetPreamble();
                if (bom.Length > 0) _stream.Write(bom, 0, bom.Length);
            }
            int n = _count;
            if (!final && n > 0 && _chars[n - 1] >= 0xD800 && _chars[n - 1] <= 0xDBFF) n--;
            if (n == 0) return;
            byte[] bytes = _encoding.GetBytes(_chars, 0, n);
            _stream.Write(bytes, 0, bytes.Length);
            Array.Copy(_chars, n, _chars, 0, _count - n);
            _count -= n;
        }

        private void Flush(bool stream)
        {
            CheckOpen();
            Encode(true);
            if (stream) _stream.Flush();
        }

        public override void Flush()
        {
            Flush(true);
        }

        protected override void Dispose(bool disposing)
        {
            if (_stream == null) return;
            try
            {
                if (disposing) Flush(true);
            }
            finally
            {
                Stream s = _stream;
                _stream = null;
                if (disposing) s.Close();
            }
        }
    }
}
