// A section naming a target its declaration does not have is left out with a warning
// (CS0657), as is one naming no target at all (CS0658); the program still builds.
using System;

[AttributeUsage(AttributeTargets.All)]
class NoteAttribute : Attribute
{
}

[return: Note] // warning CS0657
class C
{
    [param: Note] // warning CS0657
    int field;

    [field: Note] // warning CS0657
    int Computed { get { return field; } }

    [return: Note] // warning CS0657
    C() { }

    [method: Note]
    [return: Note]
    int M([return: Note] int x) { return x; } // warning CS0657

    [where: Note] // warning CS0658
    void N() { }

    [type: Note, Note] // warning CS0657
    public event Action Changed;

    [event: Note]
    [field: Note]
    [method: Note]
    public event Action Fine;

    static void Main()
    {
        C c = new C();
        c.N();
        c.Changed += c.N;
        c.Fine += c.N;
    }
}
