// A destructor takes no accessibility (or other) modifier (§15.13): it is
// always `protected override void Finalize()` underneath.
class Resource
{
    public ~Resource() { } // error CS0106
}

class Program
{
    static void Main() { System.Console.WriteLine(new Resource() != null); }
}
