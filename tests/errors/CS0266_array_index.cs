// An array index must convert implicitly to int, uint, long or ulong.
class Program
{
    static void Main()
    {
        int[] t = { 1, 2 };
        double d = 1;
        System.Console.WriteLine(t[d]); // error CS0266
        System.Console.WriteLine(t["0"]); // error CS0029
        float f = 0;
        t[f] = 3; // error CS0266
    }
}
