// The runtime calls destructors; a program may not (§15.13).
class Resource
{
    ~Resource() { }

    public void Close()
    {
        Finalize(); // error CS0245
    }
}

class Program
{
    static void Main()
    {
        Resource r = new Resource();
        r.Close();
    }
}
