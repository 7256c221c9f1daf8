// An indexer with only a setter cannot be read.
interface IWrite
{
    int this[int i] { set; }
}

class Program
{
    static int Read(IWrite w)
    {
        return w[0]; // error CS0154
    }

    static void Main() { }
}
