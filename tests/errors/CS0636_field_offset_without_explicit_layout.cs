using System.Runtime.InteropServices;

struct Plain
{
    [FieldOffset(0)] public int A; // error CS0636
}

class Program
{
    static void Main()
    {
        Plain p = new Plain();
        System.Console.WriteLine(p.A);
    }
}
