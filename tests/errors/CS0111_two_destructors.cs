// A class has at most one destructor: both would be Finalize().
class Resource
{
    ~Resource() { }
    ~Resource() { } // error CS0111
}

class Program
{
    static void Main() { System.Console.WriteLine(new Resource() != null); }
}
