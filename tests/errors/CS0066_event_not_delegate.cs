// An event's type must be a delegate type.
class Program
{
    public event int Changed; // error CS0066

    static void Main()
    {
    }
}
