// Directory: nested creation, listings with patterns and recursion (sorted here, since .NET
// promises no order), moving, the current directory, and DirectoryInfo/FileInfo basics.
using System;
using System.IO;
using System.Linq;

class Directories
{
    static string Rel(string root, string p)
    {
        return p.Substring(root.Length + 1);
    }

    static void Main()
    {
        string root = Path.GetTempFileName();
        File.Delete(root);
        var info = Directory.CreateDirectory(Path.Combine(root, "src", "lib"));
        Console.WriteLine(info.Name + " " + info.Exists + " " + info.Parent.Name); // expect: lib True src
        Directory.CreateDirectory(Path.Combine(root, "src", "lib"));
        Directory.CreateDirectory(Path.Combine(root, "docs"));
        File.WriteAllText(Path.Combine(root, "readme.md"), "r");
        File.WriteAllText(Path.Combine(root, "src", "main.cs"), "m");
        File.WriteAllText(Path.Combine(root, "src", "util.cs"), "u");
        File.WriteAllText(Path.Combine(root, "src", "lib", "a.cs"), "a");
        File.WriteAllText(Path.Combine(root, "src", "lib", "b.txt"), "bb");

        var top = Directory.GetFiles(root).Select(p => Rel(root, p)).OrderBy(p => p, StringComparer.Ordinal);
        Console.WriteLine(string.Join(" ", top)); // expect: readme.md
        var dirs = Directory.GetDirectories(root).Select(p => Rel(root, p)).OrderBy(p => p, StringComparer.Ordinal);
        Console.WriteLine(string.Join(" ", dirs)); // expect: docs src
        var cs = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories).Select(p => Rel(root, p)).OrderBy(p => p, StringComparer.Ordinal);
        Console.WriteLine(string.Join(" ", cs)); // expect: src/lib/a.cs src/main.cs src/util.cs
        var q = Directory.EnumerateFiles(Path.Combine(root, "src"), "?ain.*").Select(Path.GetFileName);
        Console.WriteLine(string.Join(" ", q)); // expect: main.cs
        Console.WriteLine(Directory.GetFileSystemEntries(Path.Combine(root, "src")).Length); // expect: 3

        var lib = new DirectoryInfo(Path.Combine(root, "src", "lib"));
        var sizes = lib.GetFiles().OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => f.Name + ":" + f.Length + ":" + f.Extension);
        Console.WriteLine(string.Join(" ", sizes)); // expect: a.cs:1:.cs b.txt:2:.txt
        var fi = new FileInfo(Path.Combine(root, "readme.md"));
        Console.WriteLine(fi.Exists + " " + fi.Directory.FullName.Equals(Path.GetFullPath(root))); // expect: True True

        Directory.Move(Path.Combine(root, "docs"), Path.Combine(root, "manual"));
        Console.WriteLine(Directory.Exists(Path.Combine(root, "docs")) + " " + Directory.Exists(Path.Combine(root, "manual"))); // expect: False True

        string before = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(root);
        Console.WriteLine(File.Exists("readme.md") + " " + Path.GetFullPath("src/../readme.md").Equals(Path.Combine(Path.GetFullPath(root), "readme.md"))); // expect: True True
        Console.WriteLine(Environment.CurrentDirectory == Directory.GetCurrentDirectory()); // expect: True
        Directory.SetCurrentDirectory(before);

        try
        {
            Directory.Delete(root);
        }
        catch (IOException e)
        {
            Console.WriteLine(e.GetType().Name); // expect: IOException
        }
        Directory.Delete(root, true);
        Console.WriteLine(Directory.Exists(root)); // expect: False
    }
}
