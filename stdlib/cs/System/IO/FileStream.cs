namespace System.IO
{
    /// A file, read and written through a descriptor. Writes are buffered (flushed by Flush,
    /// Seek, Dispose and before a read); reads go to the system each time, in the caller's
    /// chunks, since StreamReader and the File helpers already read in large blocks.
    public class FileStream : Stream
    {
        private int _fd;
        private string _path;
        private bool _canRead;
        private bool _canWrite;
        private byte[] _writeBuffer;
        private int _writeCount;

        public FileStream(string path, FileMode mode) : this(path, mode, mode == FileMode.Append ? FileAccess.Write : FileAccess.ReadWrite)
        {
        }

        public FileStream(string path, FileMode mode, FileAccess access) : this(path, mode, access, FileShare.Read)
        {
        }

        public FileStream(string path, FileMode mode, FileAccess access, FileShare share) : this(path, mode, access, share, 4096)
        {
        }

        public FileStream(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize)
        {
            FileSystem.CheckPath(path, "path");
            if (mode < FileMode.CreateNew || mode > FileMode.Append) throw new ArgumentOutOfRangeException("mode", "Enum value was out of legal range.");
            if (access < FileAccess.Read || access > FileAccess.ReadWrite) throw new ArgumentOutOfRangeException("access", "Enum value was out of legal range.");
            if (bufferSize <= 0) throw new ArgumentOutOfRangeException("bufferSize", "Positive number required.");
            if ((access & FileAccess.Write) == 0 && (mode == FileMode.Truncate || mode == FileMode.CreateNew || mode == FileMode.Create || mode == FileMode.Append))
                throw new ArgumentException("Combining FileMode: " + mode + " with FileAccess: " + access + " is invalid.", "access");
            if (mode == FileMode.Append && (access & FileAccess.Read) != 0)
                throw new ArgumentException("Append access can be requested only in write-only mode.", "access");
            _path = path;
            _fd = FileSystem.Check(FileSystem.Open(path, (int)mode, (int)access), path, false);
            _canRead = (access & FileAccess.Read) != 0;
            _canWrite = (access & FileAccess.Write) != 0;
            _writeBuffer = new byte[bufferSize < 4096 ? 4096 : bufferSize];
        }

        /// The path the stream was opened with, made absolute.
        public string Name
        {
            get { return Path.GetFullPath(_path); }
        }

        public override bool CanRead
        {
            get { return _fd >= 0 && _canRead; }
        }

        public override bool CanWrite
        {
            get { return _fd >= 0 && _canWrite; }
        }

        public override bool CanSeek
        {
            get { return _fd >= 0; }
        }

        private void CheckOpen()
        {
            if (_fd < 0) throw new ObjectDisposedException(null, "Cannot access a closed file.");
        }

        public override long Length
        {
            get
            {
                CheckOpen();
                FlushWrites();
                return CheckLong(FileSystem.Length(_fd));
            }
        }

        public override long Position
        {
            get
            {
                CheckOpen();
                return CheckLong(FileSystem.Seek(_fd, 0, (int)SeekOrigin.Current)) + _writeCount;
            }
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
                Seek(value, SeekOrigin.Begin);
            }
        }

        private long CheckLong(long result)
        {
            if (result < 0) throw FileSystem.Error((int)result, _path, false);
            return result;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            CheckBuffer(buffer, offset, count);
            CheckOpen();
            if (!_canRead) throw new NotSupportedException("Stream does not support reading.");
            FlushWrites();
            return FileSystem.Check(FileSystem.Read(_fd, buffer, offset, count), _path, false);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            CheckBuffer(buffer, offset, count);
            CheckOpen();
            if (!_canWrite) throw new NotSupportedException("Stream does not support writing.");
            if (_writeCount + count > _writeBuffer.Length)
            {
                FlushWrites();
                if (count >= _writeBuffer.Length)
                {
                    FileSystem.Check(FileSystem.Write(_fd, buffer, offset, count), _path, false);
                    return;
                }
            }
            Array.Copy(buffer, offset, _writeBuffer, _writeCount, count);
            _writeCount += count;
        }

        public override void WriteByte(byte value)
        {
            CheckOpen();
            if (!_canWrite) throw new NotSupportedException("Stream does not support writing.");
            if (_writeCount == _writeBuffer.Length) FlushWrites();
            _writeBuffer[_writeCount++] = value;
        }

        private void FlushWrites()
        {
            if (_writeCount == 0) return;
            int n = _writeCount;
            _writeCount = 0;
            FileSystem.Check(FileSystem.Write(_fd, _writeBuffer, 0, n), _path, false);
        }

        public override long Seek(long offset, SeekOrigin origin)
        {
            CheckOpen();
            if (origin < SeekOrigin.Begin || origin > SeekOrigin.End) throw new ArgumentException("Invalid seek origin.", "origin");
            FlushWrites();
            long start = origin == SeekOrigin.Begin ? 0 : origin == SeekOrigin.Current ? Position : Length;
            if (start + offset < 0) throw new IOException("An attempt was made to move the position before the beginning of the stream.");
            return CheckLong(FileSystem.Seek(_fd, offset, (int)origin));
        }

        public override void SetLength(long value)
        {
            CheckOpen();
            if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
            FlushWrites();
            FileSystem.Check(FileSystem.SetLength(_fd, value), _path, false);
        }

        public override void Flush()
        {
            CheckOpen();
            FlushWrites();
        }

        protected override void Dispose(bool disposing)
        {
            if (_fd < 0) return;
            try
            {
                FlushWrites();
            }
            finally
            {
                FileSystem.Close(_fd);
                _fd = -1;
            }
        }
    }
}
