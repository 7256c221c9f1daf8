// Only the iterator interfaces can be an iterator's return type.
class Program
{
    static int Numbers() // error CS1624
    {
        yield return 1;
    }

    static void Main()
    {
    }
}
