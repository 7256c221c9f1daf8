// Only objects of a type derived from System.Exception can be thrown.
class Program
{
    static void Main()
    {
        throw 42; // error CS0155
    }
}
