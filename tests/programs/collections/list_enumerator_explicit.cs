// Walking a List<T> by hand with GetEnumerator/MoveNext/Current, through the struct enumerator and IEnumerator<T>.
using System;
using System.Collections;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var l = new List<string> { "x", "y", "z" };
        List<string>.Enumerator e = l.GetEnumerator();
        while (e.MoveNext())
            Console.WriteLine(e.Current); // expect: x
        // expect: y
        // expect: z
        Console.WriteLine(e.MoveNext()); // expect: False
        Console.WriteLine(e.Current == null); // expect: True
        e.Dispose();
        IEnumerator<string> ie = ((IEnumerable<string>)l).GetEnumerator();
        Console.WriteLine(ie.MoveNext() + " " + ie.Current); // expect: True x
        ie.Reset();
        Console.WriteLine(ie.MoveNext() + " " + ie.Current); // expect: True x
        ie.Dispose();
        IEnumerator ng = ((IEnumerable)l).GetEnumerator();
        try
        {
            object o = ng.Current;
        }
        catch (InvalidOperationException ex)
        {
            Console.WriteLine(ex.GetType().Name + ": " + ex.Message); // expect: InvalidOperationException: Enumeration has either not started or has already finished.
        }
        int n = 0;
        while (ng.MoveNext())
            n++;
        Console.WriteLine(n); // expect: 3
        try
        {
            object o = ng.Current;
        }
        catch (InvalidOperationException ex)
        {
            Console.WriteLine(ex.Message); // expect: Enumeration has either not started or has already finished.
        }
        var ints = new List<int> { 4, 5 };
        var ei = ints.GetEnumerator();
        Console.WriteLine(ei.Current); // expect: 0
        ei.MoveNext();
        Console.WriteLine(ei.Current); // expect: 4
        // The enumerator is a struct: a copy keeps its own position.
        var copy = ei;
        ei.MoveNext();
        Console.WriteLine(ei.Current + " " + copy.Current); // expect: 5 4
        int total = 0;
        using (var u = ints.GetEnumerator())
        {
            while (u.MoveNext())
                total += u.Current;
        }
        Console.WriteLine(total); // expect: 9
        var empty = new List<int>();
        foreach (int x in empty)
            Console.WriteLine("never");
        Console.WriteLine(empty.GetEnumerator().MoveNext()); // expect: False
    }
}
