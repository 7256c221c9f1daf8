class Program
{
    static void Main()
    {
        object o = new int[] { 1, 2 };
        int x = o[^1]; // error CS0021
        System.Console.WriteLine(x);
    }
}
