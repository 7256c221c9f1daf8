// Hand-written IEnumerable/IEnumerator (non-generic and generic) classes used by foreach, and non-generic loops over built-in collections.
using System;
using System.Collections;
using System.Collections.Generic;

class Countdown : IEnumerable
{
    int from;

    public Countdown(int from)
    {
        this.from = from;
    }

    public IEnumerator GetEnumerator()
    {
        return new CountdownEnumerator(from);
    }
}

class CountdownEnumerator : IEnumerator
{
    int start, cur;

    public CountdownEnumerator(int start)
    {
        this.start = start;
        cur = start + 1;
    }

    public bool MoveNext()
    {
        if (cur <= 0)
            return false;
        cur--;
        return cur > 0;
    }

    public object Current
    {
        get { return cur; }
    }

    public void Reset()
    {
        cur = start + 1;
    }
}

class Evens : IEnumerable<int>
{
    int limit;

    public Evens(int limit)
    {
        this.limit = limit;
    }

    public IEnumerator<int> GetEnumerator()
    {
        return new EvensEnumerator(limit);
    }

    IEnumerator IEnumerable.GetEnumerator()
    {
        return GetEnumerator();
    }
}

class EvensEnumerator : IEnumerator<int>
{
    int limit, cur = -2;
    public static int Disposed;

    public EvensEnumerator(int limit)
    {
        this.limit = limit;
    }

    public int Current
    {
        get { return cur; }
    }

    object IEnumerator.Current
    {
        get { return cur; }
    }

    public bool MoveNext()
    {
        cur += 2;
        return cur <= limit;
    }

    public void Reset()
    {
        cur = -2;
    }

    public void Dispose()
    {
        Disposed++;
    }
}

class Program
{
    static void Main()
    {
        foreach (object o in new Countdown(3))
            Console.Write(o + " ");
        Console.WriteLine("liftoff"); // expect: 3 2 1 liftoff
        foreach (int i in new Countdown(2))
            Console.Write(i * 100 + " ");
        Console.WriteLine("done"); // expect: 200 100 done
        int sum = 0;
        foreach (int e in new Evens(10))
            sum += e;
        Console.WriteLine(sum + " " + EvensEnumerator.Disposed); // expect: 30 1
        var fromUser = new List<int>(new Evens(6));
        Console.WriteLine(string.Join(",", fromUser)); // expect: 0,2,4,6
        var set = new HashSet<int>(new Evens(4));
        Console.WriteLine(set.Count + " " + EvensEnumerator.Disposed); // expect: 3 3
        foreach (int e in new Evens(100))
        {
            if (e == 4)
                break;
        }
        Console.WriteLine(EvensEnumerator.Disposed); // expect: 4
        IEnumerable seq = new List<string> { "a", "b" };
        IEnumerator it = seq.GetEnumerator();
        string s = "";
        while (it.MoveNext())
            s += (string)it.Current;
        Console.WriteLine(s); // expect: ab
        IEnumerable arr = new int[] { 7, 8 };
        Console.Write("boxed");
        foreach (object o in arr)
            Console.Write(" " + o.GetType().Name + ":" + o);
        Console.WriteLine(); // expect: boxed Int32:7 Int32:8
        IEnumerator de = ((IEnumerable)new Dictionary<string, int> { { "k", 1 } }).GetEnumerator();
        de.MoveNext();
        Console.WriteLine(de.Current); // expect: [k, 1]
        IDictionaryEnumerator ide = new Dictionary<string, int> { { "k", 1 } }.GetEnumerator();
        ide.MoveNext();
        Console.WriteLine(ide.Key + " " + ide.Value + " " + ide.Entry.Key); // expect: k 1 k
        IEnumerator<int> ge = new Queue<int>(new int[] { 4, 5 }).GetEnumerator();
        while (ge.MoveNext())
            Console.Write(ge.Current);
        Console.WriteLine(); // expect: 45
    }
}
