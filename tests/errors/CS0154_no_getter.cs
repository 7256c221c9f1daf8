// Reading a property that has only a set accessor.
class Sink
{
    private int last;
    public int Value { set { last = value; } }
    public int Last() { return last; }
}

class Program
{
    static void Main()
    {
        Sink s = new Sink();
        s.Value = 3;
        System.Console.WriteLine(s.Value); // error CS0154
    }
}
