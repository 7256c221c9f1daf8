// File's whole-file helpers in a fresh temporary folder: text, lines, bytes, appending,
// copying, moving and deleting, with UTF-8 beyond ASCII and the byte order mark.
using System;
using System.IO;
using System.Linq;
using System.Text;

class FilesRoundtrip
{
    static void Main()
    {
        string dir = Path.GetTempFileName();
        File.Delete(dir);
        Directory.CreateDirectory(dir);
        try
        {
            string a = Path.Combine(dir, "a.txt");
            File.WriteAllText(a, "héllo\nwörld 😀\n");
            Console.WriteLine(File.Exists(a) + " " + File.ReadAllBytes(a).Length); // expect: True 19
            Console.WriteLine(File.ReadAllText(a).Length); // expect: 15
            string[] lines = File.ReadAllLines(a);
            Console.WriteLine(lines.Length + " [" + lines[0] + "] [" + lines[1] + "]"); // expect: 2 [héllo] [wörld 😀]
            File.AppendAllText(a, "third");
            Console.WriteLine(string.Join("|", File.ReadLines(a))); // expect: héllo|wörld 😀|third

            string b = Path.Combine(dir, "b.txt");
            File.WriteAllLines(b, new[] { "one", "two", "three" });
            Console.WriteLine(File.ReadAllText(b).Replace("\n", "/")); // expect: one/two/three/
            Console.WriteLine(File.ReadLines(b).Where(l => l.Contains("o")).Count()); // expect: 2

            string bom = Path.Combine(dir, "bom.txt");
            File.WriteAllText(bom, "x", Encoding.UTF8);
            byte[] raw = File.ReadAllBytes(bom);
            Console.WriteLine(raw.Length + " " + raw[0].ToString("X2") + " [" + File.ReadAllText(bom) + "]"); // expect: 4 EF [x]

            string bin = Path.Combine(dir, "data.bin");
            File.WriteAllBytes(bin, new byte[] { 0, 1, 2, 255 });
            Console.WriteLine(string.Join(",", File.ReadAllBytes(bin))); // expect: 0,1,2,255

            string c = Path.Combine(dir, "c.txt");
            File.Copy(b, c);
            File.Copy(a, c, true);
            Console.WriteLine(File.ReadAllText(c).EndsWith("third")); // expect: True
            string d = Path.Combine(dir, "d.txt");
            File.Move(c, d);
            Console.WriteLine(File.Exists(c) + " " + File.Exists(d)); // expect: False True
            File.Delete(d);
            File.Delete(d);
            Console.WriteLine(File.Exists(d) + " " + File.Exists(null) + " " + File.Exists("")); // expect: False False False

            File.WriteAllText(a, "");
            Console.WriteLine(File.ReadAllText(a).Length + " " + File.ReadAllLines(a).Length); // expect: 0 0
        }
        finally
        {
            Directory.Delete(dir, true);
        }
        Console.WriteLine(Directory.Exists(dir)); // expect: False
    }
}
