// Custom attributes declared and applied: AttributeUsage with named arguments, several
// uses where AllowMultiple says so, positional and named (field and property) arguments
// of string, int, bool, enum and double types, on classes, structs, methods, constructors
// and fields; the library's own (Serializable, Flags, CLSCompliant, DebuggerDisplay, Obsolete).
using System;
using System.Diagnostics;

enum Priority { Low, Normal, High }

[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Field, AllowMultiple = true, Inherited = false)]
sealed class NoteAttribute : Attribute
{
    public readonly string Text;
    public Priority Priority = Priority.Normal;
    public double Weight { get; set; }
    public bool Done { get; set; }

    public NoteAttribute(string text)
    {
        Text = text;
    }
}

class MarkerAttribute : Attribute
{
}

[Note("first", Priority = Priority.High, Weight = 2.5)]
[Note("second", Done = true)]
[Serializable]
[DebuggerDisplay("Account {Id}")]
[CLSCompliant(true)]
class Account
{
    [Note("the key")] public int Id;

    [Note("made here")]
    public Account(int id)
    {
        Id = id;
    }

    [Marker]
    [Note("computes")]
    public int Twice()
    {
        return Id * 2;
    }
}

[Note("a point")]
struct Point
{
    public int X;
}

[Flags]
enum Access
{
    None = 0,
    Read = 1,
    Write = 2,
    Execute = 4,
}

class DeclareAndApply
{
    static void Main()
    {
        var a = new Account(21);
        Console.WriteLine(a.Twice()); // expect: 42
        Console.WriteLine(Access.Read | Access.Write); // expect: Read, Write
        Console.WriteLine(new Point { X = 3 }.X); // expect: 3
        var usage = new AttributeUsageAttribute(AttributeTargets.Method) { AllowMultiple = true };
        Console.WriteLine(usage.ValidOn + " " + usage.AllowMultiple + " " + usage.Inherited); // expect: Method True True
        var note = new NoteAttribute("direct") { Weight = 1.5 };
        Console.WriteLine(note.Text + " " + note.Priority + " " + note.Weight); // expect: direct Normal 1.5
        var obsolete = new ObsoleteAttribute("gone", true);
        Console.WriteLine(obsolete.Message + " " + obsolete.IsError); // expect: gone True
    }
}
