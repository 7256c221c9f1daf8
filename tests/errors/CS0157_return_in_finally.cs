// Control cannot leave the body of a finally clause with return.
class Program
{
    static int F()
    {
        try
        {
            return 1;
        }
        finally
        {
            return 2; // error CS0157
        }
    }

    static void Main()
    {
        System.Console.WriteLine(F());
    }
}
