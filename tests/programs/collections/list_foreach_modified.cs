// Changing a List<T> while a foreach walks it throws InvalidOperationException on the next MoveNext.
using System;
using System.Collections.Generic;

class Program
{
    static void Try(List<int> l, int what)
    {
        try
        {
            foreach (int x in l)
            {
                Console.Write(x + " ");
                if (x == 2)
                {
                    if (what == 0) l.Add(100);
                    else if (what == 1) l.Remove(3);
                    else if (what == 2) l[0] = 5;
                    else if (what == 3) l.Clear();
                    else if (what == 4) l.Insert(0, 0);
                    else if (what == 5) l.Sort();
                    else if (what == 6) l.Reverse();
                }
            }
            Console.WriteLine("done");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
    }

    static void Main()
    {
        Try(new List<int> { 1, 2, 3 }, 0); // expect: 1 2 InvalidOperationException: Collection was modified; enumeration operation may not execute.
        Try(new List<int> { 1, 2, 3 }, 1); // expect: 1 2 InvalidOperationException: Collection was modified; enumeration operation may not execute.
        Try(new List<int> { 1, 2, 3 }, 2); // expect: 1 2 InvalidOperationException: Collection was modified; enumeration operation may not execute.
        Try(new List<int> { 1, 2, 3 }, 3); // expect: 1 2 InvalidOperationException: Collection was modified; enumeration operation may not execute.
        Try(new List<int> { 1, 2, 3 }, 4); // expect: 1 2 InvalidOperationException: Collection was modified; enumeration operation may not execute.
        Try(new List<int> { 1, 2, 3 }, 5); // expect: 1 2 InvalidOperationException: Collection was modified; enumeration operation may not execute.
        Try(new List<int> { 1, 2, 3 }, 6); // expect: 1 2 InvalidOperationException: Collection was modified; enumeration operation may not execute.
        // Changing the last element is noticed too: the final MoveNext checks the version.
        Try(new List<int> { 1, 2 }, 0); // expect: 1 2 InvalidOperationException: Collection was modified; enumeration operation may not execute.
        Try(new List<int> { 1, 2 }, 9); // expect: 1 2 done
        var l = new List<int> { 1, 2, 3 };
        for (int i = 0; i < l.Count; i++)
            if (l[i] == 2)
                l.RemoveAt(i);
        Console.WriteLine(string.Join(" ", l)); // expect: 1 3
        var e2 = l.GetEnumerator();
        e2.MoveNext();
        l.Add(4);
        try
        {
            e2.MoveNext();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message); // expect: Collection was modified; enumeration operation may not execute.
        }
        Console.WriteLine(e2.Current); // expect: 1
    }
}
