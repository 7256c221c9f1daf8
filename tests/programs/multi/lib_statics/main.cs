// Reading a library const does not run the library type's static constructor; the first static access does, once.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine("version " + Settings.Version);
        Console.WriteLine("before");
        Console.WriteLine(Settings.Get());
        Console.WriteLine(Settings.Get());
        Console.WriteLine(Settings.Reads);
    }
}
