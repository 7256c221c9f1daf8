// Pattern variables whose input is not a local are definitely assigned when the pattern matches: value-type declaration patterns on a call, a static field and a queue in a while condition, and designations inside property patterns on a call, a field read, a nested property and a switch expression over a call.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec
using System;

class Node
{
    public Node Next;
    public int Value;
    public string Tag { get; set; }
}

class Program
{
    static object Boxed = 6;
    static object Get() => 5;
    static Node Make(int v) => new Node { Value = v, Tag = "t" + v, Next = new Node { Value = v * 10 } };

    static void Main()
    {
        if (Get() is int a) Console.WriteLine("call " + a);
        if (Boxed is int b && b > 5) Console.WriteLine("field " + b);
        var queue = new System.Collections.Generic.Queue<object>(new object[] { 1, 2, "stop", 3 });
        while (queue.Count > 0 && queue.Dequeue() is int next)
            Console.Write(next + ",");
        Console.WriteLine(" left " + queue.Count);
        if (Make(1) is { Value: var v, Tag: var tag })
            Console.WriteLine(v + " " + tag);
        var head = Make(2);
        if (head.Next is { Value: > 5 and var nv })
            Console.WriteLine("next " + nv);
        if (head is { Next: { Value: var deep } })
            Console.WriteLine("deep " + deep);
        string s = Make(3) switch
        {
            { Next: { Next: null, Value: var inner } } => "inner " + inner,
            _ => "other",
        };
        Console.WriteLine(s);
        object o = head;
        if (o is Node { Next: Node { Tag: null } n2 } && n2.Value == 20)
            Console.WriteLine("typed " + n2.Value);
    }
}
// expect: call 5
// expect: field 6
// expect: 1,2, left 1
// expect: 1 t1
// expect: next 20
// expect: deep 20
// expect: inner 30
// expect: typed 20
