// An index initializer belongs in an object initializer, not an array's.
class Program
{
    static void Main()
    {
        int[] a = { [0] = 1 }; // error CS0747
    }
}
