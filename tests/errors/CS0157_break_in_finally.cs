// Control cannot leave the body of a finally clause with break out of an enclosing loop.
class Program
{
    static void Main()
    {
        while (true)
        {
            try
            {
                System.Console.WriteLine("x");
            }
            finally
            {
                break; // error CS0157
            }
        }
    }
}
