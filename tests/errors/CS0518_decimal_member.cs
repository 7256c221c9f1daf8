// Sharp's core library has no System.Decimal yet: a member access on the
// keyword is reported, not bound to the silent error type (which let the
// program compile to invalid IL).
enum Small : byte
{
    A
}

class Program
{
    static void Main()
    {
        Small s = (Small)decimal.Parse("1"); // error CS0518
        System.Console.WriteLine(s);
    }
}
