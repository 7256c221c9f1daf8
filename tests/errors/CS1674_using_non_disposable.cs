// A using statement's resource must convert to IDisposable.
class Plain
{
}

class Program
{
    static void Main()
    {
        using (var p = new Plain()) // error CS1674
        {
        }
    }
}
