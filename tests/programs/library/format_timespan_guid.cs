// Composite formatting applies a format string to TimeSpan and Guid arguments too, as .NET's
// IFormattable types: custom and standard TimeSpan formats, Guid's N, B and P forms.
using System;

class FormatTimeSpanGuid
{
    static void Main()
    {
        TimeSpan t = new TimeSpan(1, 2, 3, 4, 567);
        Guid g = new Guid("00112233-4455-6677-8899-aabbccddeeff");
        Console.WriteLine(string.Format("[{0:hh\\:mm}] [{1:N}] [{2,-8:c}] [{1:B}]", t, g, TimeSpan.FromMinutes(90))); // expect: [02:03] [00112233445566778899aabbccddeeff] [01:30:00] [{00112233-4455-6677-8899-aabbccddeeff}]
        Console.WriteLine($"{t:g} {g:P}"); // expect: 1:2:03:04.567 (00112233-4455-6677-8899-aabbccddeeff)
    }
}
