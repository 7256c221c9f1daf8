// A NullReferenceException raised by the runtime and never caught ends the program with a non-zero exit.
using System;

class Node
{
    public Node Next;
    public int Value;
}

class Program
{
    static void Main()
    {
        Node n = new Node();
        n.Value = 1;
        Console.WriteLine(n.Value); // expect: 1
        Console.WriteLine("following Next"); // expect: following Next
        Console.WriteLine(n.Next.Value); // throws: System.NullReferenceException
    }
}
