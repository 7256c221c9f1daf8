// A destructor already calls its base class's Finalize, in a finally
// block the compiler adds (§15.13).
class Resource
{
    ~Resource()
    {
        base.Finalize(); // error CS0250
    }
}

class Program
{
    static void Main() { System.Console.WriteLine(new Resource() != null); }
}
