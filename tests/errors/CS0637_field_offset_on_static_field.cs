using System.Runtime.InteropServices;

[StructLayout(LayoutKind.Explicit)]
struct Union
{
    [FieldOffset(0)] public int A;
    [FieldOffset(0)] public static int Count; // error CS0637
}

class Program
{
    static void Main()
    {
        System.Console.WriteLine(Union.Count);
    }
}
