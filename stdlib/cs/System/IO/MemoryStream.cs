namespace System.IO
{
    /// A stream over a growable byte array.
    public class MemoryStream : Stream
    {
        private byte[] _buffer;
        private int _length;
        private int _position;
        private bool _writable;
        private bool _expandable;
        private bool _open;

        public MemoryStream() : this(0)
        {
        }

        public MemoryStream(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Capacity must be positive.");
            _buffer = new byte[capacity];
            _writable = true;
            _expandable = true;
            _open = true;
        }

        public MemoryStream(byte[] buffer) : this(buffer, true)
        {
        }

        /// A fixed-size stream over `buffer` itself (writes change it).
        public MemoryStream(byte[] buffer, bool writable)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            _buffer = buffer;
            _length = buffer.Length;
            _writable = writable;
            _open = true;
        }

        public override bool CanRead
        {
            get { return _open; }
        }

        public override bool CanWrite
        {
            get { return _open && _writable; }
        }

        public override bool CanSeek
        {
            get { return _open; }
        }

        private void CheckOpen()
        {
            if (!_open) throw new ObjectDisposedException(null, "Cannot access a closed Stream.");
        }

        public override long Length
        {
            get
            {
                CheckOpen();
                return _length;
            }
        }

        public virtual int Capacity
        {
            get
            {
                CheckOpen();
                return _buffer.Length;
            }
        }

        public override long Position
        {
            get
            {
                CheckOpen();
                return _position;
            }
            set
            {
                CheckOpen();
                if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
                if (value > int.MaxValue) throw new ArgumentOutOfRangeException("value", "Stream length must be non-negative and less than 2^31 - 1 - origin.");
                _position = (int)value;
            }
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            CheckBuffer(buffer, offset, count);
            CheckOpen();
            int n = Math.Min(count, _length - _position);
            if (n <= 0) return 0;
            Array.Copy(_buffer, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override int ReadByte()
        {
            CheckOpen();
            if (_position >= _length) return -1;
            return _buffer[_position++];
        }

        private void EnsureLength(int length)
        {
            if (length <= _buffer.Length) return;
            if (!_expandable) throw new NotSupportedException("Memory stream is not expandable.");
            int capacity = Math.Max(Math.Max(length, 256), _buffer.Length * 2);
            byte[] bigger = new byte[capacity];
            Array.Copy(_buffer, 0, bigger, 0, _length);
            _buffer = bigger;
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            CheckBuffer(buffer, offset, count);
            CheckOpen();
            if (!_writable) throw new NotSupportedException("Stream does not support writing.");
            int end = _position + count;
            EnsureLength(end);
            if (_position > _length) Array.Clear(_buffer, _length, _position - _length);
            Array.Copy(buffer, offset, _buffer, _position, count);
            _position = end;
            if (end > _length) _length = end;
        }

        public override void WriteByte(byte value)
        {
            CheckOpen();
            if (!_writable) throw new NotSupportedException("Stream does not support writing.");
            EnsureLength(_position + 1);
            _buffer[_position++] = value;
            if (_position > _length) _length = _position;
        }

        public override long Seek(long offset, SeekOrigin origin)
        {
            CheckOpen();
            long start = origin == SeekOrigin.Begin ? 0 : origin == SeekOrigin.Current ? _position : _length;
            if (origin < SeekOrigin.Begin || origin > SeekOrigin.End) throw new ArgumentException("Invalid seek origin.", "origin");
            if (start + offset < 0) throw new IOException("An attempt was made to move the position before the beginning of the stream.");
            Position = start + offset;
            return _position;
        }

        public override void SetLength(long value)
        {
            CheckOpen();
            if (value < 0 || value > int.MaxValue) throw new ArgumentOutOfRangeException("value", "Stream length must be non-negative and less than 2^31 - 1 - origin.");
            if (!_writable) throw new NotSupportedException("Stream does not support writing.");
            int n = (int)value;
            EnsureLength(n);
            if (n > _length) Array.Clear(_buffer, _length, n - _length);
            _length = n;
            if (_position > n) _position = n;
        }

        public override void Flush()
        {
        }

        /// The bytes written, in a new array (also after Dispose, as in .NET).
        public virtual byte[] ToArray()
        {
            byte[] copy = new byte[_length];
            Array.Copy(_buffer, 0, copy, 0, _length);
            return copy;
        }

        public virtual void WriteTo(Stream stream)
        {
            if (stream == null) throw new ArgumentNullException("stream");
            CheckOpen();
            stream.Write(_buffer, 0, _length);
        }

        protected override void Dispose(bool disposing)
        {
            _open = false;
        }
    }
}
