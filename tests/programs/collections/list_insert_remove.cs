// List<T> Insert, InsertRange, Remove, RemoveAt, RemoveRange and the order they leave.
using System;
using System.Collections.Generic;

class Program
{
    static void Show(List<string> l)
    {
        Console.WriteLine(l.Count + " [" + string.Join(",", l) + "]");
    }

    static void Main()
    {
        var l = new List<string> { "a", "b", "c" };
        l.Insert(0, "start");
        Show(l); // expect: 4 [start,a,b,c]
        l.Insert(4, "end");
        Show(l); // expect: 5 [start,a,b,c,end]
        l.Insert(2, "mid");
        Show(l); // expect: 6 [start,a,mid,b,c,end]
        l.InsertRange(1, new string[] { "x", "y" });
        Show(l); // expect: 8 [start,x,y,a,mid,b,c,end]
        l.InsertRange(l.Count, new List<string> { "z" });
        Show(l); // expect: 9 [start,x,y,a,mid,b,c,end,z]
        Console.WriteLine(l.Remove("mid")); // expect: True
        Console.WriteLine(l.Remove("nope")); // expect: False
        Show(l); // expect: 8 [start,x,y,a,b,c,end,z]
        l.RemoveAt(0);
        Show(l); // expect: 7 [x,y,a,b,c,end,z]
        l.RemoveAt(l.Count - 1);
        Show(l); // expect: 6 [x,y,a,b,c,end]
        l.RemoveRange(1, 3);
        Show(l); // expect: 3 [x,c,end]
        l.RemoveRange(0, 0);
        Show(l); // expect: 3 [x,c,end]
        l.Add("x");
        Console.WriteLine(l.Remove("x")); // expect: True
        Show(l); // expect: 3 [c,end,x]
        l.InsertRange(1, l);
        Show(l); // expect: 6 [c,c,end,x,end,x]
        l.RemoveRange(0, l.Count);
        Show(l); // expect: 0 []
    }
}
