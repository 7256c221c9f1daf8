// FileStream, StreamReader/StreamWriter over it, MemoryStream, StringReader/StringWriter:
// positions, seeking, partial reads, line ends of every kind, and disposal.
using System;
using System.IO;
using System.Text;

class Streams
{
    static void Main()
    {
        string path = Path.GetTempFileName();
        try
        {
            using (var w = new StreamWriter(path))
            {
                w.Write("alpha");
                w.WriteLine(42);
                w.Write("beta\r\ngamma\rdelta");
            }
            using (var r = new StreamReader(path))
            {
                Console.WriteLine((char)r.Peek() + " " + (char)r.Read()); // expect: a a
                string line;
                while ((line = r.ReadLine()) != null) Console.WriteLine("[" + line + "]");
                // expect: [lpha42]
                // expect: [beta]
                // expect: [gamma]
                // expect: [delta]
                Console.WriteLine(r.EndOfStream + " " + r.Read()); // expect: True -1
            }

            using (var f = new FileStream(path, FileMode.Open, FileAccess.ReadWrite))
            {
                Console.WriteLine(f.Length + " " + f.Position + " " + f.CanRead + f.CanWrite + f.CanSeek); // expect: 25 0 TrueTrueTrue
                byte[] buf = new byte[4];
                int n = f.Read(buf, 0, 4);
                Console.WriteLine(n + " " + Encoding.ASCII.GetString(buf) + " " + f.Position); // expect: 4 alph 4
                f.Seek(-5, SeekOrigin.End);
                Console.WriteLine((char)f.ReadByte() + " " + f.Position); // expect: d 21
                f.Position = 0;
                f.Write(Encoding.ASCII.GetBytes("ALPHA"), 0, 5);
                f.Seek(0, SeekOrigin.Begin);
                n = f.Read(buf, 0, 4);
                Console.WriteLine(Encoding.ASCII.GetString(buf, 0, n)); // expect: ALPH
                f.SetLength(5);
                Console.WriteLine(f.Length); // expect: 5
            }
            Console.WriteLine(File.ReadAllText(path)); // expect: ALPHA

            using (var f = new FileStream(path, FileMode.Append))
            using (var w = new StreamWriter(f))
            {
                w.Write("+more");
            }
            Console.WriteLine(File.ReadAllText(path)); // expect: ALPHA+more

            var closed = new StreamReader(path);
            closed.Dispose();
            try { closed.ReadLine(); }
            catch (ObjectDisposedException) { Console.WriteLine("disposed"); } // expect: disposed
        }
        finally
        {
            File.Delete(path);
        }

        var ms = new MemoryStream();
        var mw = new StreamWriter(ms, Encoding.UTF8);
        mw.Write("é");
        mw.Flush();
        Console.WriteLine(BitConverter(ms.ToArray()) + " " + ms.Length + " " + ms.Position); // expect: EF-BB-BF-C3-A9 5 5
        ms.Position = 0;
        var mr = new StreamReader(ms);
        Console.WriteLine(mr.ReadToEnd() + " " + mr.CurrentEncoding.WebName); // expect: é utf-8
        var fixedMs = new MemoryStream(new byte[] { 1, 2, 3 });
        fixedMs.Seek(1, SeekOrigin.Begin);
        Console.WriteLine(fixedMs.ReadByte() + " " + fixedMs.ReadByte() + " " + fixedMs.ReadByte()); // expect: 2 3 -1

        var sr = new StringReader("one\r\ntwo\n\nthree");
        Console.WriteLine(sr.ReadLine() + "|" + sr.ReadLine() + "|" + sr.ReadLine() + "|" + (char)sr.Peek() + "|" + sr.ReadToEnd() + "|" + (sr.ReadLine() == null)); // expect: one|two||t|three|True
        char[] block = new char[10];
        Console.WriteLine(new StringReader("abcdef").Read(block, 2, 3) + " " + new string(block, 2, 3)); // expect: 3 abc

        var sw = new StringWriter();
        sw.Write("x={0} ", 5);
        sw.WriteLine(true);
        sw.Write(new[] { 'a', 'b', 'c', 'd' }, 1, 2);
        Console.WriteLine(sw.ToString().Replace("\n", "/")); // expect: x=5 True/bc
        Console.WriteLine(sw.GetStringBuilder().Length); // expect: 11
    }

    static string BitConverter(byte[] bytes)
    {
        var sb = new StringBuilder();
        foreach (byte b in bytes)
        {
            if (sb.Length > 0) sb.Append('-');
            sb.Append(b.ToString("X2"));
        }
        return sb.ToString();
    }
}
