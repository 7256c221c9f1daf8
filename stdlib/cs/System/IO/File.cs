using System.Collections.Generic;
using System.Text;

namespace System.IO
{
    /// Whole-file operations. Text is UTF-8 unless an encoding is given, written without a byte
    /// order mark, and read with one skipped, as .NET does.
    public static class File
    {
        public static bool Exists(string path)
        {
            return path != null && path.Length > 0 && FileSystem.Kind(path) == 1;
        }

        public static FileStream Open(string path, FileMode mode)
        {
            return new FileStream(path, mode, mode == FileMode.Append ? FileAccess.Write : FileAccess.ReadWrite);
        }

        public static FileStream Open(string path, FileMode mode, FileAccess access)
        {
            return new FileStream(path, mode, access);
        }

        public static FileStream OpenRead(string path)
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read);
        }

        public static FileStream OpenWrite(string path)
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write);
        }

        public static FileStream Create(string path)
        {
            return new FileStream(path, FileMode.Create, FileAccess.ReadWrite);
        }

        public static StreamReader OpenText(string path)
        {
            return new StreamReader(path);
        }

        public static StreamWriter CreateText(string path)
        {
            return new StreamWriter(path, false);
        }

        public static StreamWriter AppendText(string path)
        {
            return new StreamWriter(path, true);
        }

        public static byte[] ReadAllBytes(string path)
        {
            using (FileStream f = OpenRead(path))
            {
                long length = f.Length;
                if (length > int.MaxValue) throw new IOException("The file is too long. This operation is currently limited to supporting files less than 2 gigabytes in size.");
                byte[] bytes = new byte[(int)length];
                int at = 0;
                while (at < bytes.Length)
                {
                    int n = f.Read(bytes, at, bytes.Length - at);
                    if (n == 0) break;
                    at += n;
                }
                if (at < bytes.Length)
                {
                    byte[] shorter = new byte[at];
                    Array.Copy(bytes, shorter, at);
                    return shorter;
                }
                return bytes;
            }
        }

        public static string ReadAllText(string path)
        {
            return ReadAllText(path, Encoding.UTF8);
        }

        public static string ReadAllText(string path, Encoding encoding)
        {
            FileSystem.CheckPath(path, "path");
            if (encoding == null) throw new ArgumentNullException("encoding");
            using (var r = new StreamReader(path, encoding, true))
            {
                return r.ReadToEnd();
            }
        }

        public static string[] ReadAllLines(string path)
        {
            return ReadAllLines(path, Encoding.UTF8);
        }

        public static string[] ReadAllLines(string path, Encoding encoding)
        {
            FileSystem.CheckPath(path, "path");
            if (encoding == null) throw new ArgumentNullException("encoding");
            var lines = new List<string>();
            using (var r = new StreamReader(path, encoding, true))
            {
                string line;
                while ((line = r.ReadLine()) != null) lines.Add(line);
            }
            return lines.ToArray();
        }

        /// The file's lines, read as they are enumerated (the file opens at once, so a missing
        /// one throws here, as in .NET).
        public static IEnumerable<string> ReadLines(string path)
        {
            return ReadLines(path, Encoding.UTF8);
        }

        public static IEnumerable<string> ReadLines(string path, Encoding encoding)
        {
            FileSystem.CheckPath(path, "path");
            if (encoding == null) throw new ArgumentNullException("encoding");
            return LinesOf(new StreamReader(path, encoding, true));
        }

        private static IEnumerable<string> LinesOf(StreamReader r)
        {
            using (r)
            {
                string line;
                while ((line = r.ReadLine()) != null) yield return line;
            }
        }

        public static void WriteAllBytes(string path, byte[] bytes)
        {
            FileSystem.CheckPath(path, "path");
            if (bytes == null) throw new ArgumentNullException("bytes");
            using (FileStream f = new FileStream(path, FileMode.Create, FileAccess.Write))
            {
                f.Write(bytes, 0, bytes.Length);
            }
        }

        public static void WriteAllText(string path, string contents)
        {
            WriteText(path, contents, new UTF8Encoding(false), false);
        }

        public static void WriteAllText(string path, string contents, Encoding encoding)
        {
            WriteText(path, contents, encoding, false);
        }

        public static void AppendAllText(string path, string contents)
        {
            WriteText(path, contents, new UTF8Encoding(false), true);
        }

        public static void AppendAllText(string path, string contents, Encoding encoding)
        {
            WriteText(path, contents, encoding, true);
        }

        private static void WriteText(string path, string contents, Encoding encoding, bool append)
        {
            FileSystem.CheckPath(path, "path");
            if (encoding == null) throw new ArgumentNullException("encoding");
            using (var w = new StreamWriter(path, append, encoding))
            {
                w.Write(contents);
            }
        }

        public static void WriteAllLines(string path, string[] contents)
        {
            if (contents == null) throw new ArgumentNullException("contents");
            WriteLines(path, contents, new UTF8Encoding(false), false);
        }

        public static void WriteAllLines(string path, IEnumerable<string> contents)
        {
            WriteLines(path, contents, new UTF8Encoding(false), false);
        }

        public static void WriteAllLines(string path, string[] contents, Encoding encoding)
        {
            if (contents == null) throw new ArgumentNullException("contents");
            WriteLines(path, contents, encoding, false);
        }

        public static void AppendAllLines(string path, IEnumerable<string> contents)
        {
            WriteLines(path, contents, new UTF8Encoding(false), true);
        }

        private static void WriteLines(string path, IEnumerable<string> contents, Encoding encoding, bool append)
        {
            FileSystem.CheckPath(path, "path");
            if (contents == null) throw new ArgumentNullException("contents");
            if (encoding == null) throw new ArgumentNullException("encoding");
            using (var w = new StreamWriter(path, append, encoding))
            {
                foreach (string line in contents) w.WriteLine(line);
            }
        }

        /// Deletes the file; a missing file is no error, a missing directory is.
        public static void Delete(string path)
        {
            FileSystem.CheckPath(path, "path");
            if (FileSystem.Kind(path) == 2) throw new UnauthorizedAccessException("Access to the path '" + Path.GetFullPath(path) + "' is denied.");
            FileSystem.Check(FileSystem.DeleteFile(path), path, false);
        }

        public static void Copy(string sourceFileName, string destFileName)
        {
            Copy(sourceFileName, destFileName, false);
        }

        public static void Copy(string sourceFileName, string destFileName, bool overwrite)
        {
            FileSystem.CheckPath(sourceFileName, "sourceFileName");
            FileSystem.CheckPath(destFileName, "destFileName");
            CheckSource(sourceFileName);
            CheckDestination(destFileName, overwrite);
            FileSystem.Check(FileSystem.CopyFile(sourceFileName, destFileName), destFileName, false);
        }

        public static void Move(string sourceFileName, string destFileName)
        {
            FileSystem.CheckPath(sourceFileName, "sourceFileName");
            FileSystem.CheckPath(destFileName, "destFileName");
            CheckSource(sourceFileName);
            CheckDestination(destFileName, false);
            FileSystem.Check(FileSystem.Rename(sourceFileName, destFileName), destFileName, false);
        }

        private static void CheckSource(string path)
        {
            int kind = FileSystem.Kind(path);
            if (kind == 0)
            {
                string dir = Path.GetDirectoryName(Path.GetFullPath(path));
                throw FileSystem.Error(dir != null && FileSystem.Kind(dir) != 2 ? FileSystem.DirectoryNotFound : FileSystem.NotFound, path, false);
            }
            if (kind == 2) throw FileSystem.Error(FileSystem.AccessDenied, path, false);
        }

        private static void CheckDestination(string path, bool overwrite)
        {
            int kind = FileSystem.Kind(path);
            if (kind == 2) throw FileSystem.Error(FileSystem.AccessDenied, path, false);
            if (kind == 1 && !overwrite) throw FileSystem.Error(FileSystem.AlreadyExists, path, false);
        }
    }
}
