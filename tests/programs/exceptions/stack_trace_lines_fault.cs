// Line numbers for exceptions the runtime raises (here a null
// dereference), through a frame with a catch clause that does not match,
// and a constructor and a property getter in between.
using System;

class Node
{
    public Node Next;
    public int Value;

    public int NextValue
    {
        get
        {
            return Next.Value;
        }
    }
}

class Walker
{
    readonly int total;

    public Walker(Node n)
    {
        total = n.Value
            + n.NextValue;
    }
}

class Program
{
    static void Walk(Node n)
    {
        try
        {
            Console.WriteLine("walking");
            new Walker(n);
        }
        catch (ArgumentException)
        {
            Console.WriteLine("not this one");
        }
    }

    static void Main()
    {
        Walk(new Node { Value = 1 });
    }
}
// expect: walking
// throws: System.NullReferenceException
// trace: at Node.get_NextValue() in stack_trace_lines_fault.cs:line 15
// trace: at Walker..ctor(Node n) in stack_trace_lines_fault.cs:line 26
// trace: at Program.Walk(Node n) in stack_trace_lines_fault.cs:line 38
// trace: at Program.Main() in stack_trace_lines_fault.cs:line 48
