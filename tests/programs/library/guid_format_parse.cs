// System.Guid formatting and parsing: the five formats (N, D, B, P, X) out in lowercase and
// back in either case, the byte layout of ToByteArray and the constructors, Parse's choice
// of format, whitespace trimming, .NET Core 3.1's compatibility quirks ("+" and "0x" inside
// a D component, any digit count in X) and its exact exception messages.
// mono-differs: Mono 6.8 rejects NULs after the last digits and words some FormatException messages differently
using System;

class GuidFormatParse
{
    static void Show(Func<Guid> parse)
    {
        try
        {
            Console.WriteLine(parse());
        }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
    }

    static void Main()
    {
        var g = new Guid("CA761232-ED42-11CE-BACD-00AA0057B223");
        Console.WriteLine(g); // expect: ca761232-ed42-11ce-bacd-00aa0057b223
        Console.WriteLine(g.ToString("N") + " " + g.ToString("B") + " " + g.ToString("p")); // expect: ca761232ed4211cebacd00aa0057b223 {ca761232-ed42-11ce-bacd-00aa0057b223} (ca761232-ed42-11ce-bacd-00aa0057b223)
        Console.WriteLine(g.ToString("X")); // expect: {0xca761232,0xed42,0x11ce,{0xba,0xcd,0x00,0xaa,0x00,0x57,0xb2,0x23}}
        Console.WriteLine(g.ToString(null) + " " + g.ToString("") + " " + Guid.Empty); // expect: ca761232-ed42-11ce-bacd-00aa0057b223 ca761232-ed42-11ce-bacd-00aa0057b223 00000000-0000-0000-0000-000000000000
        Console.WriteLine(BitConverter.ToString(g.ToByteArray())); // expect: 32-12-76-CA-42-ED-CE-11-BA-CD-00-AA-00-57-B2-23

        var bytes = new byte[16];
        for (int i = 0; i < 16; i++) bytes[i] = (byte)(i * 17);
        Console.WriteLine(new Guid(bytes)); // expect: 33221100-5544-7766-8899-aabbccddeeff
        Console.WriteLine(new Guid(-2, -3, 0x7fff, 1, 2, 3, 4, 5, 6, 7, 8)); // expect: fffffffe-fffd-7fff-0102-030405060708
        Console.WriteLine(new Guid(0x80000000u, (ushort)0x8000, (ushort)65535, 255, 0, 16, 32, 48, 64, 80, 96)); // expect: 80000000-8000-ffff-ff00-102030405060
        Console.WriteLine(new Guid(10, 11, 12, new byte[] { 0xa, 0xb, 0xc, 0xd, 0xe, 0xf, 0x10, 0x11 }).ToString("N")); // expect: 0000000a000b000c0a0b0c0d0e0f1011
        Console.WriteLine(new Guid(new Guid(bytes).ToByteArray()) == new Guid(bytes)); // expect: True

        // Parse picks the format from the first character and whether there is a dash.
        Show(() => Guid.Parse("  ca761232ED4211CEbacd00aa0057b223\t"));   // expect: ca761232-ed42-11ce-bacd-00aa0057b223
        Show(() => Guid.Parse("{CA761232-ED42-11CE-BACD-00AA0057B223}")); // expect: ca761232-ed42-11ce-bacd-00aa0057b223
        Show(() => Guid.Parse("(ca761232-ed42-11ce-bacd-00aa0057b223)")); // expect: ca761232-ed42-11ce-bacd-00aa0057b223
        Show(() => Guid.Parse("{ 0xca761232, 0xED42, 0x11ce, { 0xba, 0xcd, 0x0, 0xaa, 0x00, 0x57, 0xb2, 0x23 } }")); // expect: ca761232-ed42-11ce-bacd-00aa0057b223
        Show(() => Guid.Parse("{0x1,0X2,0x+3,{0x4,0x5,0x6,0x7,0x8,0x9,0xa,0x00000000b}}")); // expect: 00000001-0002-0003-0405-060708090a0b
        Show(() => Guid.Parse("{0x1,0x12345,0x3,{0x4,0x5,0x6,0x7,0x8,0x9,0xa,0xb}}")); // expect: 00000001-2345-0003-0405-060708090a0b
        Show(() => Guid.Parse("+0x61232-0xed-+0x1-+bcd-00aa0057b223"));   // expect: 00061232-00ed-0001-0bcd-00aa0057b223
        Show(() => Guid.Parse("ca761232-ed42-11ce-bacd-00aa0057\0\0\0\0")); // expect: ca761232-ed42-11ce-bacd-00aa00000057

        // Each failure has its own message.
        Show(() => Guid.Parse(""));                                      // expect: FormatException: Unrecognized Guid format.
        Show(() => Guid.Parse("ca761232-ed42-11ce-bacd-00aa0057b22"));   // expect: FormatException: Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).
        Show(() => Guid.Parse("ca761232-ed4211ce-bacd-00aa0057b2233"));  // expect: FormatException: Dashes are in the wrong position for GUID parsing.
        Show(() => Guid.Parse("ca761232-ed42-11ce-bacd-00aa0057b22g"));  // expect: FormatException: Guid string should only contain hexadecimal characters.
        Show(() => Guid.Parse("{ca761232-ed42-11ce-bacd-00aa0057b223)")); // expect: FormatException: Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).
        Show(() => Guid.Parse("{ca761232,0x1,0x2,{0x3,0x4,0x5,0x6,0x7,0x8,0x9,0xa}}")); // expect: FormatException: Expected 0x prefix.
        Show(() => Guid.Parse("{0x1,0x2,0x3,0x4,0x5,0x6,0x7,0x8,0x9,0xa,0xb}")); // expect: FormatException: Expected {0xdddddddd, etc}.
        Show(() => Guid.Parse("{0x1,0x,0x3,{0x4,0x5,0x6,0x7,0x8,0x9,0xa,0xb}}")); // expect: FormatException: Could not find a comma, or the length between the previous token and the comma was zero (i.e., '0x,'etc.).
        Show(() => Guid.Parse("{0x1,0x2,0x3}"));                         // expect: FormatException: Could not find a comma, or the length between the previous token and the comma was zero (i.e., '0x,'etc.).
        Show(() => Guid.Parse("{0x1,0x2,0x3,{0x4,0x5,0x6,0x7,0x8,0x9,0xa,0xb"));  // expect: FormatException: Could not find a brace, or the length between the previous token and the brace was zero (i.e., '0x,'etc.).
        Show(() => Guid.Parse("{0x1,0x2,0x3,{0x4,0x5,0x6,0x7,0x8,0x9,0xa,0xb}"));  // expect: FormatException: Could not find the ending brace.
        Show(() => Guid.Parse("{0x1,0x2,0x3,{0x4,0x5,0x6,0x7,0x8,0x9,0xa,0xb}}}")); // expect: FormatException: Additional non-parsable characters are at the end of the string.
        Show(() => Guid.Parse("{0x1,0x2,0x3,{0x4,0x5,0x6,0x7,0x8,0x9,0xa,0x100}}")); // expect: FormatException: Value was either too large or too small for an unsigned byte.
        // More than 8 digits: Parse reports a format error, the constructor an overflow.
        Show(() => Guid.Parse("{0x123456789,0x2,0x3,{0x4,0x5,0x6,0x7,0x8,0x9,0xa,0xb}}")); // expect: FormatException: Unrecognized Guid format.
        Show(() => new Guid("{0x123456789,0x2,0x3,{0x4,0x5,0x6,0x7,0x8,0x9,0xa,0xb}}")); // expect: OverflowException: Value was either too large or too small for a UInt32.

        // ParseExact takes only its format; TryParse and TryParseExact never throw.
        Show(() => Guid.ParseExact(" CA761232ED4211CEBACD00AA0057B223 ", "n"));  // expect: ca761232-ed42-11ce-bacd-00aa0057b223
        Show(() => Guid.ParseExact("ca761232ed4211cebacd00aa0057b223", "D"));    // expect: FormatException: Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).
        Show(() => Guid.ParseExact(g.ToString("X"), "x"));                      // expect: ca761232-ed42-11ce-bacd-00aa0057b223
        Show(() => Guid.ParseExact(g.ToString("P"), "B"));                      // expect: FormatException: Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).
        Show(() => Guid.ParseExact(g.ToString(), "Q"));                         // expect: FormatException: Format string can be only "D", "d", "N", "n", "P", "p", "B", "b", "X" or "x".
        Guid r;
        Console.WriteLine(Guid.TryParse(" (ca761232-ed42-11ce-bacd-00aa0057b223) ", out r) + " " + r); // expect: True ca761232-ed42-11ce-bacd-00aa0057b223
        Console.WriteLine(Guid.TryParse("ca761232-ed42-11ce-bacd-00aa0057b2233", out r) + " " + r); // expect: False 00000000-0000-0000-0000-000000000000
        Console.WriteLine(Guid.TryParse(null, out r) + " " + Guid.TryParseExact(g.ToString(), "N", out r) + " " + Guid.TryParseExact(g.ToString(), null, out r)); // expect: False False False
        Console.WriteLine(Guid.TryParseExact(g.ToString("B"), "b", out r) + " " + (r == g)); // expect: True True

        try
        {
            g.ToString("DD");
        }
        catch (FormatException e)
        {
            Console.WriteLine(e.Message); // expect: Format string can be only "D", "d", "N", "n", "P", "p", "B", "b", "X" or "x".
        }
        try
        {
            Guid.Parse(null);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine(e.ParamName); // expect: input
        }
        try
        {
            new Guid(new byte[15]);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + " " + e.ParamName); // expect: ArgumentException b
        }
        try
        {
            new Guid(1, 2, 3, null);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + " " + e.ParamName); // expect: ArgumentNullException d
        }
    }
}
