// Convert's Base64: every padding length, an offset and length, white space ignored when
// decoding, and the FormatException of a malformed string.
using System;
using System.Text;

class ConvertBase64
{
    static void Main()
    {
        var parts = new System.Collections.Generic.List<string>();
        foreach (string s in new[] { "", "f", "fo", "foo", "foob", "fooba", "foobar" })
            parts.Add("[" + Convert.ToBase64String(Encoding.ASCII.GetBytes(s)) + "]");
        Console.WriteLine(string.Join(" ", parts)); // expect: [] [Zg==] [Zm8=] [Zm9v] [Zm9vYg==] [Zm9vYmE=] [Zm9vYmFy]
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) all[i] = (byte)i;
        string encoded = Convert.ToBase64String(all);
        Console.WriteLine(encoded.Length + " " + encoded.Substring(0, 12) + " " + encoded.Substring(encoded.Length - 8)); // expect: 344 AAECAwQFBgcI /P3+/w==
        Console.WriteLine(Convert.ToBase64String(all, 250, 4)); // expect: +vv8/Q==
        byte[] back = Convert.FromBase64String(encoded);
        bool same = back.Length == 256;
        for (int i = 0; same && i < 256; i++) same = back[i] == i;
        Console.WriteLine(same + " " + Encoding.UTF8.GetString(Convert.FromBase64String(" aGVs\nbG8= ")) + " " + Convert.FromBase64String("").Length); // expect: True hello 0
        try
        {
            Convert.FromBase64String("abc");
        }
        catch (FormatException)
        {
            Console.WriteLine("bad length"); // expect: bad length
        }
        try
        {
            Convert.FromBase64String("ab!d");
        }
        catch (FormatException)
        {
            Console.WriteLine("bad character"); // expect: bad character
        }
    }
}
