// The exceptions System.IO throws, with .NET Core's messages (full paths; the temporary
// folder is shown as TMP). Mono words several of them differently.
// mono-differs: Mono quotes paths with "" and drops the final period in some messages
using System;
using System.IO;

class IoErrors
{
    static string root;

    static void Try(string what, Action action)
    {
        try
        {
            action();
            Console.WriteLine(what + ": ok");
        }
        catch (Exception e)
        {
            Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message.Replace(root, "TMP"));
        }
    }

    static void Main()
    {
        root = Path.GetFullPath(Path.GetTempFileName());
        File.Delete(root);
        Directory.CreateDirectory(root);
        Directory.SetCurrentDirectory(root);
        Directory.CreateDirectory("d");
        File.WriteAllText("d/a.txt", "a");
        Try("missing", () => File.ReadAllText("nope.txt")); // expect: missing: FileNotFoundException: Could not find file 'TMP/nope.txt'.
        Try("missing dir", () => File.ReadAllText("no/x.txt")); // expect: missing dir: DirectoryNotFoundException: Could not find a part of the path 'TMP/no/x.txt'.
        Try("a directory", () => File.ReadAllText("d")); // expect: a directory: UnauthorizedAccessException: Access to the path 'TMP/d' is denied.
        Try("create new", () => new FileStream("d/a.txt", FileMode.CreateNew).Dispose()); // expect: create new: IOException: The file 'TMP/d/a.txt' already exists.
        Try("copy over", () => File.Copy("d/a.txt", "d/a.txt")); // expect: copy over: IOException: The file 'TMP/d/a.txt' already exists.
        Try("copy missing", () => File.Copy("zz", "d/q")); // expect: copy missing: FileNotFoundException: Could not find file 'TMP/zz'.
        Try("delete missing", () => File.Delete("zz")); // expect: delete missing: ok
        Try("delete in missing dir", () => File.Delete("no/zz")); // expect: delete in missing dir: DirectoryNotFoundException: Could not find a part of the path 'TMP/no/zz'.
        Try("rmdir not empty", () => Directory.Delete("d")); // expect: rmdir not empty: IOException: Directory not empty
        Try("rmdir missing", () => Directory.Delete("no")); // expect: rmdir missing: DirectoryNotFoundException: Could not find a part of the path 'TMP/no'.
        Try("list missing", () => Directory.GetFiles("no")); // expect: list missing: DirectoryNotFoundException: Could not find a part of the path 'TMP/no'.
        Try("null path", () => File.ReadAllText(null)); // expect: null path: ArgumentNullException: Value cannot be null. (Parameter 'path')
        Try("empty path", () => File.ReadAllText("")); // expect: empty path: ArgumentException: Empty path name is not legal. (Parameter 'path')
        Try("mkdir over file", () => Directory.CreateDirectory("d/a.txt")); // expect: mkdir over file: IOException: The file 'TMP/d/a.txt' already exists.
        Try("closed", () => { var f = File.OpenRead("d/a.txt"); f.Dispose(); f.ReadByte(); }); // expect: closed: ObjectDisposedException: Cannot access a closed file.
        Try("read-only", () => { using (var f = File.OpenRead("d/a.txt")) f.WriteByte(1); }); // expect: read-only: NotSupportedException: Stream does not support writing.
        try
        {
            File.OpenRead("gone.txt");
        }
        catch (FileNotFoundException e)
        {
            Console.WriteLine(e.FileName.Replace(root, "TMP") + " " + (e is IOException)); // expect: TMP/gone.txt True
        }
        Directory.SetCurrentDirectory("/");
        Directory.Delete(root, true);
    }
}
