// Finalize is overridden only through destructor syntax (§15.13), which
// also chains the base class's Finalize.
class Resource
{
    protected override void Finalize() { } // error CS0249
}

class Program
{
    static void Main() { System.Console.WriteLine(new Resource() != null); }
}
