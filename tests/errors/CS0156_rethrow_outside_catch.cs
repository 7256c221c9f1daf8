// A `throw;` with no operand is allowed only inside a catch clause.
class Program
{
    static void Main()
    {
        try
        {
            System.Console.WriteLine("x");
        }
        finally
        {
            throw; // error CS0156
        }
    }
}
