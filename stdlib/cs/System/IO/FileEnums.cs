namespace System.IO
{
    /// How File.Open and FileStream open a file (the values are .NET's).
    public enum FileMode
    {
        CreateNew = 1,
        Create = 2,
        Open = 3,
        OpenOrCreate = 4,
        Truncate = 5,
        Append = 6,
    }

    public enum FileAccess
    {
        Read = 1,
        Write = 2,
        ReadWrite = 3,
    }

    /// Accepted for .NET's signatures; Unix files are shared, as .NET Core shares them there.
    public enum FileShare
    {
        None = 0,
        Read = 1,
        Write = 2,
        ReadWrite = 3,
        Delete = 4,
        Inheritable = 16,
    }

    public enum SeekOrigin
    {
        Begin = 0,
        Current = 1,
        End = 2,
    }

    public enum SearchOption
    {
        TopDirectoryOnly = 0,
        AllDirectories = 1,
    }
}
