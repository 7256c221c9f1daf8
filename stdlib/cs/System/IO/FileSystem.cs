namespace System.IO
{
    /// The runtime's file system natives (`stdlib/src/natives/io.rs`) and the exceptions their
    /// failure codes become. A native returns a negative code instead of throwing, because the
    /// exception depends on what was asked: a missing path is a FileNotFoundException when a
    /// file was wanted and a DirectoryNotFoundException when a directory was.
    internal static class FileSystem
    {
        internal const int NotFound = -1;
        internal const int DirectoryNotFound = -2;
        internal const int AccessDenied = -3;
        internal const int AlreadyExists = -4;
        internal const int Other = -5;

        /// A descriptor for `path`, or a code; `mode` and `access` as FileMode and FileAccess.
        internal static extern int Open(string path, int mode, int access);
        internal static extern int Read(int fd, byte[] buffer, int offset, int count);
        internal static extern int Write(int fd, byte[] buffer, int offset, int count);
        internal static extern long Seek(int fd, long offset, int origin);
        internal static extern long Length(int fd);
        internal static extern int SetLength(int fd, long length);
        internal static extern void Close(int fd);
        /// 0 nothing there, 1 a file, 2 a directory.
        internal static extern int Kind(string path);
        internal static extern int DeleteFile(string path);
        internal static extern int CopyFile(string from, string to);
        internal static extern int Rename(string from, string to);
        internal static extern int CreateDirectory(string path);
        internal static extern int DeleteDirectory(string path, bool recursive);
        /// Entry names joined by '\0', sorted; null when the directory cannot be read.
        internal static extern string List(string directory, bool files, bool directories);
        internal static extern string LastError();
        internal static extern string GetCurrentDirectory();
        internal static extern int SetCurrentDirectory(string path);
        internal static extern string TempDirectory();
        internal static extern string CreateUniqueFile(string directory);

        /// The exception .NET throws for `code`, met on `path` (made absolute in the message).
        internal static Exception Error(int code, string path, bool directory)
        {
            string full = Path.GetFullPath(path);
            switch (code)
            {
                case NotFound:
                    if (directory) return new DirectoryNotFoundException("Could not find a part of the path '" + full + "'.");
                    return new FileNotFoundException("Could not find file '" + full + "'.", full);
                case DirectoryNotFound:
                    return new DirectoryNotFoundException("Could not find a part of the path '" + full + "'.");
                case AccessDenied:
                    return new UnauthorizedAccessException("Access to the path '" + full + "' is denied.");
                case AlreadyExists:
                    return new IOException("The file '" + full + "' already exists.");
                default:
                    return new IOException(LastError());
            }
        }

        /// Throws for a negative result.
        internal static int Check(int result, string path, bool directory)
        {
            if (result < 0) throw Error(result, path, directory);
            return result;
        }

        /// .NET's checks of a path argument.
        internal static void CheckPath(string path, string name)
        {
            if (path == null) throw new ArgumentNullException(name);
            if (path.Length == 0) throw new ArgumentException("Empty path name is not legal.", name);
            if (path.IndexOf('\0') >= 0) throw new ArgumentException("Illegal characters in path.", name);
        }
    }
}
