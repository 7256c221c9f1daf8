// Destructors (C# spec §15.13) compile to `protected override void Finalize()`
// with the body in a try and the base class's Finalize in the finally. When a
// finalizer runs is up to the runtime (Mono even runs them at exit, CoreCLR
// does not), so the destructors here print nothing: the program checks that
// classes declaring them construct, inherit and dispatch as usual.
using System;

class Resource
{
    public static int Released;
    protected string name;
    bool open;

    public Resource(string name) { this.name = name; open = true; }

    ~Resource()
    {
        if (!open)
            return;
        Release();
    }

    public void Release() { open = false; Released++; }
    public bool IsOpen { get { return open; } }
    public virtual string Describe() { return "resource " + name; }
}

class FileResource : Resource
{
    int handle;

    public FileResource(string name, int handle) : base(name) { this.handle = handle; }

    // An expression-bodied destructor (C# 7).
    ~FileResource() => handle = -1;

    public override string Describe() { return "file " + name + " #" + handle; }
}

sealed class Temp : FileResource
{
    public Temp() : base("tmp", 7) { }
    ~Temp() { }
}

class Program
{
    static void Main()
    {
        Resource[] all = { new Resource("a"), new FileResource("b.txt", 3), new Temp() };
        foreach (Resource r in all)
            Console.WriteLine(r.Describe());
        // expect: resource a
        // expect: file b.txt #3
        // expect: file tmp #7
        all[1].Release();
        Console.WriteLine(all[0].IsOpen + " " + all[1].IsOpen); // expect: True False
        Console.WriteLine(Resource.Released);                   // expect: 1
    }
}
