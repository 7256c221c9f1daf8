// System.Text.Encoding: UTF-8 with surrogate pairs, lone surrogates and malformed bytes
// (each maximal bad subsequence one U+FFFD), ASCII's '?', UTF-16 and the preambles.
// mono-differs: Mono 6.8 decodes an encoded surrogate (ED A0 80) as two U+FFFD, .NET Core as three
using System;
using System.Text;

class Encodings
{
    static string Hex(byte[] bytes)
    {
        var sb = new StringBuilder();
        foreach (byte b in bytes) sb.Append(b.ToString("X2"));
        return sb.ToString();
    }

    static string Units(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s) sb.Append(((int)c).ToString("X4")).Append(' ');
        return sb.ToString().TrimEnd();
    }

    static void Main()
    {
        Console.WriteLine(Hex(Encoding.UTF8.GetBytes("aé€😀"))); // expect: 61C3A9E282ACF09F9880
        Console.WriteLine(Encoding.UTF8.GetByteCount("aé€😀") + " " + Encoding.UTF8.GetString(Encoding.UTF8.GetBytes("aé€😀")).Length); // expect: 10 5
        Console.WriteLine(Hex(Encoding.UTF8.GetBytes("x\uD800y"))); // expect: 78EFBFBD79
        byte[] bad = { 0x41, 0xC3, 0x28, 0xE2, 0x82, 0x41, 0xFF, 0xF0, 0x9F, 0x98 };
        Console.WriteLine(Units(Encoding.UTF8.GetString(bad))); // expect: 0041 FFFD 0028 FFFD 0041 FFFD FFFD
        Console.WriteLine(Units(Encoding.UTF8.GetString(new byte[] { 0xED, 0xA0, 0x80 }))); // expect: FFFD FFFD FFFD
        Console.WriteLine(Hex(Encoding.ASCII.GetBytes("aé😀z")) + " " + Encoding.ASCII.GetString(new byte[] { 0x68, 0x69 })); // expect: 613F3F3F7A hi
        Console.WriteLine(Hex(Encoding.Unicode.GetBytes("Aé")) + " " + Encoding.Unicode.GetString(new byte[] { 0x41, 0, 0x42, 0 })); // expect: 4100E900 AB
        Console.WriteLine(Hex(Encoding.UTF8.GetPreamble()) + " " + Hex(Encoding.Unicode.GetPreamble()) + " " + new UTF8Encoding().GetPreamble().Length); // expect: EFBBBF FFFE 0
        Console.WriteLine(Encoding.UTF8.WebName + " " + Encoding.ASCII.WebName + " " + Encoding.Unicode.WebName); // expect: utf-8 us-ascii utf-16
        char[] chars = new char[4];
        int n = Encoding.UTF8.GetChars(new byte[] { 0x68, 0xC3, 0xA9 }, 0, 3, chars, 1);
        Console.WriteLine(n + " " + new string(chars, 1, n)); // expect: 2 hé
        Console.WriteLine(Encoding.UTF8.GetString(new byte[] { 0x61, 0x62, 0x63, 0x64 }, 1, 2)); // expect: bc
    }
}
