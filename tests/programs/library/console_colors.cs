// ConsoleColor and the console's colors as .NET Core keeps them on Unix: unknown (-1) until
// set, remembered when set, unknown again after ResetColor; output redirected to a file or
// pipe gets no escape sequences; an undefined color is an ArgumentException. Enum.GetValues
// lists an enum's values in ascending unsigned order.
// mono-differs: Mono's console remembers no color (Black) and rejects an undefined one with ArgumentOutOfRangeException
using System;

enum Signed : sbyte { Low = -5, Zero = 0, High = 7 }

class Program
{
    static void Main()
    {
        Console.WriteLine(Console.ForegroundColor + " " + Console.BackgroundColor);
        Console.ForegroundColor = ConsoleColor.Red;
        Console.WriteLine("red " + Console.ForegroundColor);
        Console.BackgroundColor = ConsoleColor.DarkBlue;
        Console.WriteLine(Console.BackgroundColor + " " + (int)Console.BackgroundColor);
        Console.ResetColor();
        Console.WriteLine(Console.ForegroundColor + " " + Console.BackgroundColor);
        foreach (ConsoleColor c in Enum.GetValues(typeof(ConsoleColor))) Console.Write((int)c + ":" + c + " ");
        Console.WriteLine();
        Console.WriteLine(Console.IsOutputRedirected);
        var sorted = (DayOfWeek[])Enum.GetValues(typeof(DayOfWeek));
        Console.WriteLine(sorted.Length + " " + sorted[0] + " " + sorted[6]);
        Array signed = Enum.GetValues(typeof(Signed));
        foreach (object v in signed) Console.Write(v + " ");
        Console.WriteLine(signed.GetType());
        try
        {
            Console.ForegroundColor = (ConsoleColor)16;
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message + " [" + e.ParamName + "]");
        }
    }
}
// expect: -1 -1
// expect: red Red
// expect: DarkBlue 1
// expect: -1 -1
// expect: 0:Black 1:DarkBlue 2:DarkGreen 3:DarkCyan 4:DarkRed 5:DarkMagenta 6:DarkYellow 7:Gray 8:DarkGray 9:Blue 10:Green 11:Cyan 12:Red 13:Magenta 14:Yellow 15:White 
// expect: True
// expect: 7 Sunday Saturday
// expect: Zero High Low Signed[]
// expect: ArgumentException: The ConsoleColor enum value was not defined on that enum. Please use a defined color from the enum. []
