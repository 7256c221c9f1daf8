// A generic array-backed Stack<T> written in the test: push/pop/peek with growth, exceptions on empty, used with ints, strings and structs.
using System;

class Stack<T>
{
    T[] items = new T[2];
    int size;

    public void Push(T x)
    {
        if (size == items.Length)
        {
            T[] bigger = new T[items.Length * 2];
            Array.Copy(items, bigger, size);
            items = bigger;
        }
        items[size++] = x;
    }

    public T Pop()
    {
        if (size == 0) throw new InvalidOperationException("Stack empty");
        T x = items[--size];
        items[size] = default(T);
        return x;
    }

    public T Peek() { if (size == 0) throw new InvalidOperationException("Stack empty"); return items[size - 1]; }
    public int Count { get { return size; } }
    public bool IsEmpty { get { return size == 0; } }
    public int Capacity { get { return items.Length; } }
}

struct Frame
{
    public string Name;
    public int Line;
    public Frame(string n, int l) { Name = n; Line = l; }
}

class Program
{
    static int EvalRpn(string expr)
    {
        Stack<int> s = new Stack<int>();
        foreach (string tok in expr.Split(' '))
        {
            if (tok == "+") s.Push(s.Pop() + s.Pop());
            else if (tok == "*") s.Push(s.Pop() * s.Pop());
            else if (tok == "-") { int b = s.Pop(); s.Push(s.Pop() - b); }
            else s.Push(int.Parse(tok));
        }
        return s.Pop();
    }

    static bool Balanced(string text)
    {
        Stack<char> s = new Stack<char>();
        foreach (char c in text)
        {
            if (c == '(' || c == '[') s.Push(c);
            else if (c == ')') { if (s.IsEmpty || s.Pop() != '(') return false; }
            else if (c == ']') { if (s.IsEmpty || s.Pop() != '[') return false; }
        }
        return s.IsEmpty;
    }

    static void Main()
    {
        Stack<int> s = new Stack<int>();
        for (int i = 1; i <= 5; i++) s.Push(i * i);
        Console.WriteLine(s.Count + " " + s.Capacity); // expect: 5 8
        Console.WriteLine(s.Peek()); // expect: 25
        Console.WriteLine(s.Pop() + s.Pop()); // expect: 41
        Console.WriteLine(s.Count); // expect: 3
        Console.WriteLine(EvalRpn("3 4 + 2 *")); // expect: 14
        Console.WriteLine(EvalRpn("10 2 3 * -")); // expect: 4
        Console.WriteLine(Balanced("([()])")); // expect: True
        Console.WriteLine(Balanced("([)]")); // expect: False
        Stack<string> words = new Stack<string>();
        foreach (string w in "one two three".Split(' ')) words.Push(w);
        string rev = "";
        while (!words.IsEmpty) rev += words.Pop() + " ";
        Console.WriteLine(rev.TrimEnd()); // expect: three two one
        try { words.Pop(); }
        catch (InvalidOperationException e) { Console.WriteLine("caught: " + e.Message); } // expect: caught: Stack empty
        Stack<Frame> frames = new Stack<Frame>();
        frames.Push(new Frame("Main", 1));
        frames.Push(new Frame("Helper", 42));
        Frame top = frames.Pop();
        Console.WriteLine(top.Name + ":" + top.Line + " then " + frames.Peek().Name); // expect: Helper:42 then Main
        Stack<Stack<int>> nested = new Stack<Stack<int>>();
        nested.Push(s);
        nested.Peek().Push(100);
        Console.WriteLine(s.Peek() + " " + s.Count); // expect: 100 4
    }
}
