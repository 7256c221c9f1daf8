using System.Runtime.InteropServices;

[StructLayout(LayoutKind.Explicit)]
struct Union
{
    [FieldOffset(0)] public int A;
    public int B; // error CS0625
}

class Program
{
    static void Main()
    {
        Union u = new Union();
        System.Console.WriteLine(u.A + u.B);
    }
}
