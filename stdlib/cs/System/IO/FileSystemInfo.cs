namespace System.IO
{
    /// A file or directory named by its full path; what it says of the disk is asked each time.
    public abstract class FileSystemInfo
    {
        protected string FullPath;
        protected string OriginalPath;
        /// What FileSystem.Kind reports when this exists: 1 a file, 2 a directory.
        private int _kind;

        internal FileSystemInfo(string path, int kind)
        {
            FileSystem.CheckPath(path, "path");
            OriginalPath = path;
            FullPath = Path.GetFullPath(path);
            _kind = kind;
        }

        public virtual string FullName
        {
            get { return FullPath; }
        }

        /// The last part of the full path (a directory's trailing separator ignored).
        public virtual string Name
        {
            get
            {
                string full = FullPath;
                if (full.Length > 1 && full[full.Length - 1] == '/') full = full.Substring(0, full.Length - 1);
                return full.Length == 1 ? full : Path.GetFileName(full);
            }
        }

        public virtual bool Exists
        {
            get { return FileSystem.Kind(FullPath) == _kind; }
        }

        public abstract void Delete();

        public string Extension
        {
            get { return Path.GetExtension(FullPath); }
        }

        public override string ToString()
        {
            return OriginalPath;
        }
    }

    public sealed class FileInfo : FileSystemInfo
    {
        public FileInfo(string fileName) : base(fileName, 1)
        {
        }

        /// The size in bytes.
        public long Length
        {
            get
            {
                if (!Exists) throw new FileNotFoundException("Could not find file '" + FullPath + "'.", FullPath);
                using (FileStream f = File.OpenRead(FullPath))
                {
                    return f.Length;
                }
            }
        }

        public string DirectoryName
        {
            get { return Path.GetDirectoryName(FullPath); }
        }

        public DirectoryInfo Directory
        {
            get
            {
                string dir = DirectoryName;
                return dir == null ? null : new DirectoryInfo(dir);
            }
        }

        public override void Delete()
        {
            File.Delete(FullPath);
        }

        public FileStream OpenRead()
        {
            return File.OpenRead(FullPath);
        }

        public StreamReader OpenText()
        {
            return File.OpenText(FullPath);
        }

        public StreamWriter CreateText()
        {
            return File.CreateText(FullPath);
        }

        public StreamWriter AppendText()
        {
            return File.AppendText(FullPath);
        }
    }

    public sealed class DirectoryInfo : FileSystemInfo
    {
        public DirectoryInfo(string path) : base(path, 2)
        {
        }

        public DirectoryInfo Parent
        {
            get
            {
                string full = FullPath;
                if (full.Length > 1 && full[full.Length - 1] == '/') full = full.Substring(0, full.Length - 1);
                string parent = Path.GetDirectoryName(full);
                return parent == null ? null : new DirectoryInfo(parent);
            }
        }

        public void Create()
        {
            System.IO.Directory.CreateDirectory(FullPath);
        }

        public override void Delete()
        {
            System.IO.Directory.Delete(FullPath, false);
        }

        public void Delete(bool recursive)
        {
            System.IO.Directory.Delete(FullPath, recursive);
        }

        public FileInfo[] GetFiles()
        {
            return GetFiles("*");
        }

        public FileInfo[] GetFiles(string searchPattern)
        {
            string[] paths = System.IO.Directory.GetFiles(FullPath, searchPattern);
            FileInfo[] infos = new FileInfo[paths.Length];
            for (int i = 0; i < paths.Length; i++) infos[i] = new FileInfo(paths[i]);
            return infos;
        }

        public DirectoryInfo[] GetDirectories()
        {
            string[] paths = System.IO.Directory.GetDirectories(FullPath);
            DirectoryInfo[] infos = new DirectoryInfo[paths.Length];
            for (int i = 0; i < paths.Length; i++) infos[i] = new DirectoryInfo(paths[i]);
            return infos;
        }
    }
}
