// `using` and `lock` statements are not supported yet: each is reported
// by name, never compiled into something else.
using System;

class Resource : IDisposable
{
    public void Dispose() { }
}

class Program
{
    static void Main()
    {
        using (var r = new Resource()) // error CS8652
        {
        }
        lock (new object()) // error CS8652
        {
        }
    }
}
