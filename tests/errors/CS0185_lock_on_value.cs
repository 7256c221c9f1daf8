// lock needs a reference: a value type would be boxed anew each time.
class Program
{
    static void Main()
    {
        int n = 5;
        lock (n) // error CS0185
        {
        }
    }
}
