// A constructor may set init-only properties on `this`, not on another instance of its type.
using System;
class Node
{
    public int Depth { get; init; }
    public Node Parent { get; init; }
    public Node(Node parent)
    {
        Parent = parent;
        if (parent != null) parent.Depth = 0; // error CS8852
    }
}
class Program { static void Main() { Console.WriteLine(new Node(null).Depth); } }
