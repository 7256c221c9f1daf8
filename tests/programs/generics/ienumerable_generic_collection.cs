// A generic collection MyList<T> implementing IEnumerable<T> with a nested generic enumerator; foreach over MyList<T>, IEnumerable<T> and nested loops, plus generic helpers taking IEnumerable<T>.
using System;
using System.Collections;
using System.Collections.Generic;

class MyList<T> : IEnumerable<T>
{
    T[] items = new T[4];
    int count;
    public static int Disposed;

    public void Add(T x)
    {
        if (count == items.Length)
        {
            T[] n = new T[count * 2];
            for (int i = 0; i < count; i++) n[i] = items[i];
            items = n;
        }
        items[count++] = x;
    }

    public int Count { get { return count; } }

    public IEnumerator<T> GetEnumerator() { return new Enumerator(this); }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

    class Enumerator : IEnumerator<T>
    {
        MyList<T> list;
        int index = -1;
        public Enumerator(MyList<T> l) { list = l; }
        public T Current { get { return list.items[index]; } }
        object IEnumerator.Current { get { return Current; } }
        public bool MoveNext() { index++; return index < list.count; }
        public void Reset() { index = -1; }
        public void Dispose() { Disposed++; }
    }
}

class Program
{
    static int Count<T>(IEnumerable<T> xs)
    {
        int n = 0;
        foreach (T x in xs) n++;
        return n;
    }

    static T Last<T>(IEnumerable<T> xs)
    {
        T last = default(T);
        foreach (T x in xs) last = x;
        return last;
    }

    static string Show<T>(IEnumerable<T> xs)
    {
        string s = "";
        foreach (T x in xs) s += "<" + x + ">";
        return s;
    }

    static void Main()
    {
        MyList<string> words = new MyList<string>();
        foreach (string w in "a bb ccc dddd eeeee".Split(' ')) words.Add(w);
        string all = "";
        foreach (string w in words) all += w.Length;
        Console.WriteLine(all); // expect: 12345
        Console.WriteLine(Count(words) + " " + Last(words)); // expect: 5 eeeee
        Console.WriteLine(Show(words)); // expect: <a><bb><ccc><dddd><eeeee>
        Console.WriteLine(MyList<string>.Disposed); // expect: 4
        MyList<int> nums = new MyList<int>();
        for (int i = 1; i <= 3; i++) nums.Add(i);
        string pairs = "";
        foreach (int a in nums)
            foreach (int b in nums)
                if (a < b) pairs += a + "" + b + " ";
        Console.WriteLine(pairs.Trim()); // expect: 12 13 23
        Console.WriteLine(MyList<int>.Disposed); // expect: 4
        Console.WriteLine(Count(new int[] { 1, 2, 3, 4, 5, 6 })); // expect: 6
        Console.WriteLine(Show(new char[] { 'x', 'y' })); // expect: <x><y>
        IEnumerable<object> covariant = words;
        Console.WriteLine(Count(covariant) + " " + Last(covariant)); // expect: 5 eeeee
        MyList<MyList<int>> nested = new MyList<MyList<int>>();
        nested.Add(nums);
        nested.Add(new MyList<int>());
        int total = 0;
        foreach (MyList<int> inner in nested) foreach (int v in inner) total += v;
        Console.WriteLine(total + " " + Count(nested)); // expect: 6 2
    }
}
