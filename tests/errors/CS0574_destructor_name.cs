// A destructor is named after its class (C# spec §15.13).
class Resource
{
    ~Handle() { } // error CS0574
}

class Program
{
    static void Main() { System.Console.WriteLine(new Resource() != null); }
}
