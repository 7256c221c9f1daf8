// A catch clause's type must be System.Exception or derived from it.
class Program
{
    static void Main()
    {
        try
        {
            System.Console.WriteLine("x");
        }
        catch (string) // error CS0155
        {
        }
    }
}
