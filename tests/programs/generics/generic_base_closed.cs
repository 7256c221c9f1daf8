// A non-generic class deriving from a closed generic class (IntList : MyList<int>), adding members and overriding virtuals.
using System;

class MyList<T>
{
    protected T[] items = new T[4];
    protected int count;
    public void Add(T x)
    {
        if (count == items.Length)
        {
            T[] n = new T[items.Length * 2];
            for (int i = 0; i < count; i++) n[i] = items[i];
            items = n;
        }
        items[count++] = x;
    }
    public T this[int i] { get { return items[i]; } }
    public int Count { get { return count; } }
    public virtual string Describe() { return "MyList of " + count; }
}

class IntList : MyList<int>
{
    public int Sum()
    {
        int s = 0;
        for (int i = 0; i < count; i++) s += items[i];
        return s;
    }
    public override string Describe() { return "IntList sum=" + Sum() + " (" + base.Describe() + ")"; }
}

class Names : MyList<string>
{
    public string JoinAll()
    {
        string r = "";
        for (int i = 0; i < Count; i++) r += this[i];
        return r;
    }
}

class Program
{
    static void Main()
    {
        IntList l = new IntList();
        for (int i = 1; i <= 10; i++) l.Add(i);
        Console.WriteLine(l.Count); // expect: 10
        Console.WriteLine(l[9]); // expect: 10
        Console.WriteLine(l.Sum()); // expect: 55
        Console.WriteLine(l.Describe()); // expect: IntList sum=55 (MyList of 10)
        MyList<int> asBase = l;
        Console.WriteLine(asBase.Describe()); // expect: IntList sum=55 (MyList of 10)
        asBase.Add(45);
        Console.WriteLine(l.Sum()); // expect: 100
        Names n = new Names();
        n.Add("a");
        n.Add("b");
        n.Add("c");
        Console.WriteLine(n.JoinAll()); // expect: abc
        Console.WriteLine(n.Describe()); // expect: MyList of 3
        Console.WriteLine(asBase is IntList); // expect: True
        object o = n;
        Console.WriteLine(o is MyList<string>); // expect: True
        Console.WriteLine(o is MyList<int>); // expect: False
    }
}
