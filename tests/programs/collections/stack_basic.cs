// Stack<T>: Push, Pop, Peek, Count, Contains, ToArray and foreach (top first), TryPop, the Stack<T>(IEnumerable) order, empty errors.
// mono-differs: Mono 6.8 says "Collection was modified; enumeration operation may not execute." when it is changed during foreach
using System;
using System.Collections.Generic;

class Program
{
    static bool Balanced(string s)
    {
        var st = new Stack<char>();
        foreach (char c in s)
        {
            if (c == '(' || c == '[' || c == '{')
                st.Push(c);
            else if (c == ')' || c == ']' || c == '}')
            {
                if (st.Count == 0)
                    return false;
                char open = st.Pop();
                if ((c == ')' && open != '(') || (c == ']' && open != '[') || (c == '}' && open != '{'))
                    return false;
            }
        }
        return st.Count == 0;
    }

    static void Main()
    {
        var s = new Stack<int>();
        s.Push(1);
        s.Push(2);
        s.Push(3);
        Console.WriteLine(s.Count + " " + s.Peek()); // expect: 3 3
        foreach (int x in s)
            Console.WriteLine(x); // expect: 3
        // expect: 2
        // expect: 1
        Console.WriteLine(string.Join(",", s.ToArray())); // expect: 3,2,1
        Console.WriteLine(s.Pop() + " " + s.Pop()); // expect: 3 2
        Console.WriteLine(s.Count + " " + s.Contains(1) + " " + s.Contains(3)); // expect: 1 True False
        int v;
        Console.WriteLine(s.TryPop(out v) + " " + v); // expect: True 1
        Console.WriteLine(s.TryPop(out v) + " " + v); // expect: False 0
        Console.WriteLine(s.TryPeek(out v) + " " + v); // expect: False 0
        try
        {
            s.Pop();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: InvalidOperationException: Stack empty.
        }
        try
        {
            s.Peek();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: InvalidOperationException: Stack empty.
        }
        var built = new Stack<string>(new string[] { "bottom", "middle", "top" });
        Console.WriteLine(built.Peek() + " " + string.Join(" ", built)); // expect: top top middle bottom
        var copy = new Stack<string>(built);
        Console.WriteLine(string.Join(" ", copy)); // expect: bottom middle top
        Console.WriteLine(Balanced("{[()()]}") + " " + Balanced("([)]") + " " + Balanced("((")); // expect: True False False
        var big = new Stack<int>();
        for (int i = 0; i < 100; i++)
            big.Push(i);
        long sum = 0;
        while (big.Count > 90)
            sum += big.Pop();
        Console.WriteLine(sum + " " + big.Peek()); // expect: 945 89
        big.Clear();
        Console.WriteLine(big.Count); // expect: 0
        try
        {
            var t = new Stack<int>(new int[] { 1 });
            foreach (int x in t)
                t.Push(x);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message); // expect: Collection was modified after the enumerator was instantiated.
        }
    }
}
