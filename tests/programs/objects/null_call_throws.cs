// Calling an instance method through a null reference throws NullReferenceException.
using System;

class Node
{
    public int V;
    public int Get() { return V; }
}

class Program
{
    static void Main()
    {
        Node n = new Node();
        Console.WriteLine(n.Get()); // expect: 0
        n = null;
        Console.WriteLine(n?.Get() == null); // expect: True
        Console.WriteLine(n.Get()); // throws: System.NullReferenceException
    }
}
