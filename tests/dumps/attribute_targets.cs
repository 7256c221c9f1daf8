// Where attributes land in metadata: the assembly's row and attributes, a return value's
// Param row (sequence 0), parameter and type flags from pseudo-attributes.
using System;
using System.Reflection;
using System.Runtime.InteropServices;

[assembly: AssemblyVersion("2.1.0.7")]
[assembly: AssemblyTitle("dump")]

[AttributeUsage(AttributeTargets.ReturnValue | AttributeTargets.Parameter)]
class TagAttribute : Attribute
{
}

[Serializable]
class Program
{
    [return: Tag]
    static int Twice([Tag] int x, [Out] out int y)
    {
        y = x;
        return x * 2;
    }

    static void Main()
    {
        int y;
        Console.WriteLine(Twice(21, out y));
    }
}
