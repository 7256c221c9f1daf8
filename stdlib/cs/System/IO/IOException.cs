namespace System.IO
{
    /// A failure of input or output.
    public class IOException : SystemException
    {
        public IOException() : base("I/O error occurred.")
        {
        }

        public IOException(string message) : base(message)
        {
        }

        public IOException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class FileNotFoundException : IOException
    {
        private string _fileName;

        public FileNotFoundException() : base("Unable to find the specified file.")
        {
        }

        public FileNotFoundException(string message) : base(message)
        {
        }

        public FileNotFoundException(string message, string fileName) : base(message)
        {
            _fileName = fileName;
        }

        /// The full path of the missing file.
        public string FileName
        {
            get { return _fileName; }
        }
    }

    public class DirectoryNotFoundException : IOException
    {
        public DirectoryNotFoundException() : base("Attempted to access a path that is not on the disk.")
        {
        }

        public DirectoryNotFoundException(string message) : base(message)
        {
        }
    }

    public class EndOfStreamException : IOException
    {
        public EndOfStreamException() : base("Attempted to read past the end of the stream.")
        {
        }

        public EndOfStreamException(string message) : base(message)
        {
        }
    }

    public class PathTooLongException : IOException
    {
        public PathTooLongException() : base("The specified file name or path is too long, or a component of the specified path is too long.")
        {
        }

        public PathTooLongException(string message) : base(message)
        {
        }
    }
}
