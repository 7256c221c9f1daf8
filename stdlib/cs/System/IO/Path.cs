namespace System.IO
{
    /// Paths as strings, the Unix way .NET Core treats them: '/' separates, a path starting
    /// with '/' is rooted, nothing else is special.
    public static class Path
    {
        public static readonly char DirectorySeparatorChar = '/';
        public static readonly char AltDirectorySeparatorChar = '/';
        public static readonly char VolumeSeparatorChar = '/';
        public static readonly char PathSeparator = ':';

        public static char[] GetInvalidPathChars()
        {
            return new char[] { '\0' };
        }

        public static char[] GetInvalidFileNameChars()
        {
            return new char[] { '\0', '/' };
        }

        public static bool IsPathRooted(string path)
        {
            return path != null && path.Length > 0 && path[0] == '/';
        }

        public static string Combine(string path1, string path2)
        {
            if (path1 == null) throw new ArgumentNullException("path1");
            if (path2 == null) throw new ArgumentNullException("path2");
            return Join2(path1, path2);
        }

        public static string Combine(string path1, string path2, string path3)
        {
            if (path3 == null) throw new ArgumentNullException("path3");
            return Join2(Combine(path1, path2), path3);
        }

        public static string Combine(string path1, string path2, string path3, string path4)
        {
            if (path4 == null) throw new ArgumentNullException("path4");
            return Join2(Combine(path1, path2, path3), path4);
        }

        public static string Combine(params string[] paths)
        {
            if (paths == null) throw new ArgumentNullException("paths");
            string result = "";
            for (int i = 0; i < paths.Length; i++)
            {
                if (paths[i] == null) throw new ArgumentNullException("paths");
                result = Join2(result, paths[i]);
            }
            return result;
        }

        /// `b` after `a` with one separator between, or `b` alone when it is rooted.
        private static string Join2(string a, string b)
        {
            if (b.Length == 0) return a;
            if (a.Length == 0 || IsPathRooted(b)) return b;
            if (a[a.Length - 1] == '/') return a + b;
            return a + "/" + b;
        }

        /// The part after the last separator ("" for a path ending in one).
        public static string GetFileName(string path)
        {
            if (path == null) return null;
            return path.Substring(path.LastIndexOf('/') + 1);
        }

        public static string GetFileNameWithoutExtension(string path)
        {
            string name = GetFileName(path);
            if (name == null) return null;
            int dot = name.LastIndexOf('.');
            return dot < 0 ? name : name.Substring(0, dot);
        }

        /// ".txt" from "a/b.txt"; "" when the file name has no dot or ends in one.
        public static string GetExtension(string path)
        {
            if (path == null) return null;
            string name = GetFileName(path);
            int dot = name.LastIndexOf('.');
            if (dot < 0 || dot == name.Length - 1) return "";
            return name.Substring(dot);
        }

        public static bool HasExtension(string path)
        {
            return path != null && GetExtension(path).Length > 0;
        }

        public static string ChangeExtension(string path, string extension)
        {
            if (path == null) return null;
            string name = GetFileName(path);
            int dot = name.LastIndexOf('.');
            string stem = dot < 0 ? path : path.Substring(0, path.Length - name.Length + dot);
            if (extension == null) return stem;
            if (extension.Length == 0 || extension[0] != '.') return stem + "." + extension;
            return stem + extension;
        }

        /// The directory part, without the trailing separator; null for the root or a null path,
        /// "" for a bare file name.
        public static string GetDirectoryName(string path)
        {
            if (path == null) return null;
            if (path.Length == 0) throw new ArgumentException("The path is not of a legal form.", "path");
            int slash = path.LastIndexOf('/');
            if (slash < 0) return "";
            if (slash == 0) return path.Length == 1 ? null : "/";
            // Runs of separators count as one.
            int end = slash;
            while (end > 0 && path[end - 1] == '/') end--;
            return end == 0 ? "/" : path.Substring(0, end);
        }

        /// The path made absolute against the current directory, with "." and ".." resolved
        /// and repeated separators collapsed (a trailing one kept).
        public static string GetFullPath(string path)
        {
            FileSystem.CheckPath(path, "path");
            string full = IsPathRooted(path) ? path : Join2(Directory.GetCurrentDirectory(), path);
            string[] parts = full.Split('/');
            var kept = new System.Collections.Generic.List<string>();
            foreach (string part in parts)
            {
                if (part.Length == 0 || string.Equals(part, ".")) continue;
                if (string.Equals(part, ".."))
                {
                    if (kept.Count > 0) kept.RemoveAt(kept.Count - 1);
                    continue;
                }
                kept.Add(part);
            }
            string result = "/" + string.Join("/", kept);
            if (full.Length > 1 && full[full.Length - 1] == '/' && result.Length > 1) result += "/";
            return result;
        }

        public static string GetPathRoot(string path)
        {
            if (path == null) return null;
            return IsPathRooted(path) ? "/" : "";
        }

        /// $TMPDIR, or "/tmp/", ending in a separator.
        public static string GetTempPath()
        {
            string dir = FileSystem.TempDirectory();
            return dir.Length > 0 && dir[dir.Length - 1] == '/' ? dir : dir + "/";
        }

        /// Creates an empty file with a new name in the temporary directory; its path.
        public static string GetTempFileName()
        {
            string path = FileSystem.CreateUniqueFile(GetTempPath());
            if (path == null) throw new IOException("The file could not be created in the temporary directory '" + GetTempPath() + "'.");
            return path;
        }
    }
}
