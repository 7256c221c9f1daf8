// A lambda or a method group has no type of its own to give an implicitly typed variable.
class Program
{
    static void M()
    {
    }

    static void Main()
    {
        var f = (int x) => x; // error CS0815
        var g = M; // error CS0815
    }
}
