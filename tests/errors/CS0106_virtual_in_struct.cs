// `virtual` is not a valid modifier for a struct member.
struct Point
{
    public int X;
    public virtual int Get() { return X; } // error CS0106
}

class Program
{
    static void Main() { System.Console.WriteLine(new Point().Get()); }
}
