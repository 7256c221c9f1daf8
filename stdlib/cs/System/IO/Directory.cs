using System.Collections.Generic;

namespace System.IO
{
    /// Directories: creating, listing (with `*` and `?` patterns), moving and deleting them.
    /// Listings come sorted by ordinal name, one valid order of the many .NET may give.
    public static class Directory
    {
        public static bool Exists(string path)
        {
            return path != null && path.Length > 0 && FileSystem.Kind(path) == 2;
        }

        /// Creates the directory and any missing parents (an existing one is fine).
        public static DirectoryInfo CreateDirectory(string path)
        {
            FileSystem.CheckPath(path, "path");
            FileSystem.Check(FileSystem.CreateDirectory(path), path, true);
            return new DirectoryInfo(path);
        }

        public static void Delete(string path)
        {
            Delete(path, false);
        }

        public static void Delete(string path, bool recursive)
        {
            FileSystem.CheckPath(path, "path");
            int kind = FileSystem.Kind(path);
            if (kind == 0) throw FileSystem.Error(FileSystem.DirectoryNotFound, path, true);
            if (kind == 1) throw new IOException("The directory name '" + Path.GetFullPath(path) + "' is invalid.");
            FileSystem.Check(FileSystem.DeleteDirectory(path, recursive), path, true);
        }

        public static void Move(string sourceDirName, string destDirName)
        {
            FileSystem.CheckPath(sourceDirName, "sourceDirName");
            FileSystem.CheckPath(destDirName, "destDirName");
            if (FileSystem.Kind(sourceDirName) == 0) throw FileSystem.Error(FileSystem.DirectoryNotFound, sourceDirName, true);
            if (FileSystem.Kind(destDirName) != 0) throw new IOException("Cannot create '" + Path.GetFullPath(destDirName) + "' because a file or directory with the same name already exists.");
            FileSystem.Check(FileSystem.Rename(sourceDirName, destDirName), destDirName, true);
        }

        public static string GetCurrentDirectory()
        {
            return FileSystem.GetCurrentDirectory();
        }

        public static void SetCurrentDirectory(string path)
        {
            FileSystem.CheckPath(path, "path");
            FileSystem.Check(FileSystem.SetCurrentDirectory(path), path, true);
        }

        public static string[] GetFiles(string path)
        {
            return List(path, "*", SearchOption.TopDirectoryOnly, true, false).ToArray();
        }

        public static string[] GetFiles(string path, string searchPattern)
        {
            return List(path, searchPattern, SearchOption.TopDirectoryOnly, true, false).ToArray();
        }

        public static string[] GetFiles(string path, string searchPattern, SearchOption searchOption)
        {
            return List(path, searchPattern, searchOption, true, false).ToArray();
        }

        public static string[] GetDirectories(string path)
        {
            return List(path, "*", SearchOption.TopDirectoryOnly, false, true).ToArray();
        }

        public static string[] GetDirectories(string path, string searchPattern)
        {
            return List(path, searchPattern, SearchOption.TopDirectoryOnly, false, true).ToArray();
        }

        public static string[] GetDirectories(string path, string searchPattern, SearchOption searchOption)
        {
            return List(path, searchPattern, searchOption, false, true).ToArray();
        }

        public static string[] GetFileSystemEntries(string path)
        {
            return List(path, "*", SearchOption.TopDirectoryOnly, true, true).ToArray();
        }

        public static string[] GetFileSystemEntries(string path, string searchPattern)
        {
            return List(path, searchPattern, SearchOption.TopDirectoryOnly, true, true).ToArray();
        }

        public static IEnumerable<string> EnumerateFiles(string path)
        {
            return List(path, "*", SearchOption.TopDirectoryOnly, true, false);
        }

        public static IEnumerable<string> EnumerateFiles(string path, string searchPattern)
        {
            return List(path, searchPattern, SearchOption.TopDirectoryOnly, true, false);
        }

        public static IEnumerable<string> EnumerateFiles(string path, string searchPattern, SearchOption searchOption)
        {
            return List(path, searchPattern, searchOption, true, false);
        }

        public static IEnumerable<string> EnumerateDirectories(string path)
        {
            return List(path, "*", SearchOption.TopDirectoryOnly, false, true);
        }

        public static IEnumerable<string> EnumerateDirectories(string path, string searchPattern)
        {
            return List(path, searchPattern, SearchOption.TopDirectoryOnly, false, true);
        }

        /// The paths (`path` joined with each name) of the entries matching `pattern`, then
        /// those of each subdirectory when `option` says so.
        private static List<string> List(string path, string pattern, SearchOption option, bool files, bool directories)
        {
            FileSystem.CheckPath(path, "path");
            if (pattern == null) throw new ArgumentNullException("searchPattern");
            if (option != SearchOption.TopDirectoryOnly && option != SearchOption.AllDirectories) throw new ArgumentOutOfRangeException("searchOption", "Enum value was out of legal range.");
            var result = new List<string>();
            Collect(path, pattern, option == SearchOption.AllDirectories, files, directories, result);
            return result;
        }

        private static void Collect(string path, string pattern, bool recurse, bool files, bool directories, List<string> result)
        {
            string names = FileSystem.List(path, files, directories);
            if (names == null)
            {
                throw FileSystem.Error(FileSystem.DirectoryNotFound, path, true);
            }
            if (names.Length > 0)
            {
                foreach (string name in names.Split('\0'))
                {
                    if (Matches(name, pattern, 0, 0)) result.Add(Path.Combine(path, name));
                }
            }
            if (!recurse) return;
            string subdirectories = FileSystem.List(path, false, true);
            if (subdirectories == null || subdirectories.Length == 0) return;
            foreach (string name in subdirectories.Split('\0'))
            {
                Collect(Path.Combine(path, name), pattern, true, files, directories, result);
            }
        }

        /// Whether `name` from `n` matches `pattern` from `p`: `*` any run of characters, `?`
        /// any one character ("*.*" matches every name, as in .NET). Exact case, as on Unix.
        private static bool Matches(string name, string pattern, int n, int p)
        {
            if (string.Equals(pattern, "*") || string.Equals(pattern, "*.*")) return true;
            while (p < pattern.Length)
            {
                char c = pattern[p];
                if (c == '*')
                {
                    for (int k = n; k <= name.Length; k++)
                    {
                        if (Matches(name, pattern, k, p + 1)) return true;
                    }
                    return false;
                }
                if (n >= name.Length) return false;
                if (c != '?' && c != name[n]) return false;
                n++;
                p++;
            }
            return n == name.Length;
        }
    }
}
