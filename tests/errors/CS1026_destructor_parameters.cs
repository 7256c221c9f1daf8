// A destructor has no parameters (§15.13). Roslyn reports ") expected" at
// the first one; mcs says CS1519 there.
class Resource
{
    ~Resource(int level) { } // error CS1026
}

class Program
{
    static void Main() { System.Console.WriteLine(new Resource() != null); }
}
