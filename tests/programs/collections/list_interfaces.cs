// Using a List<int> (and an int[]) through IList<T>, ICollection<T>, IEnumerable<T>, IReadOnlyList<T>, IReadOnlyCollection<T> and non-generic IList.
// mono-differs: Mono 6.8 appends "\nParameter name: value" and says "Collection is of a fixed size" for arrays
using System;
using System.Collections;
using System.Collections.Generic;

class Program
{
    static int Sum(IEnumerable<int> items)
    {
        int s = 0;
        foreach (int x in items)
            s += x;
        return s;
    }

    static string Describe(IReadOnlyList<int> items)
    {
        string s = "";
        for (int i = 0; i < items.Count; i++)
            s += "[" + items[i] + "]";
        return s;
    }

    static void Main()
    {
        var list = new List<int> { 1, 2, 3 };
        IList<int> il = list;
        il.Add(4);
        il.Insert(0, 0);
        il[1] = 10;
        Console.WriteLine(il.Count + " " + il.IndexOf(3) + " " + il[1] + " " + il.IsReadOnly); // expect: 5 3 10 False
        il.RemoveAt(0);
        ICollection<int> ic = list;
        Console.WriteLine(ic.Count + " " + ic.Contains(4) + " " + ic.Remove(4) + " " + ic.Remove(4)); // expect: 4 True True False
        int[] dest = new int[5];
        ic.CopyTo(dest, 1);
        Console.WriteLine(string.Join(",", dest)); // expect: 0,10,2,3,0
        Console.WriteLine(Sum(list)); // expect: 15
        Console.WriteLine(Describe(list)); // expect: [10][2][3]
        IReadOnlyCollection<int> roc = list;
        Console.WriteLine(roc.Count); // expect: 3
        IEnumerable<int> en = list;
        IEnumerator<int> it = en.GetEnumerator();
        it.MoveNext();
        Console.WriteLine(it.Current); // expect: 10
        Console.WriteLine(list is IList<int>); // expect: True
        Console.WriteLine(list is IReadOnlyList<int>); // expect: True
        Console.WriteLine(list is ICollection); // expect: True
        Console.WriteLine(list is IList<long>); // expect: False
        IList ng = list;
        Console.WriteLine(ng.Add(7) + " " + ng.Count + " " + ng[3]); // expect: 3 4 7
        Console.WriteLine(ng.Contains(7) + " " + ng.Contains("7") + " " + ng.IndexOf(2)); // expect: True False 1
        Console.WriteLine(ng.IsFixedSize + " " + ((ICollection)list).IsSynchronized); // expect: False False
        try
        {
            ng.Add("seven");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentException: The value "seven" is not of type "System.Int32" and cannot be used in this generic collection. (Parameter 'value')
        }
        int[] arr = { 5, 6, 7 };
        IList<int> ia = arr;
        Console.WriteLine(ia.Count + " " + ia.IndexOf(6) + " " + ia.Contains(7) + " " + ia.IsReadOnly); // expect: 3 1 True True
        ia[0] = 50;
        Console.WriteLine(arr[0]); // expect: 50
        Console.WriteLine(Sum(arr) + " " + Describe(arr)); // expect: 63 [50][6][7]
        try
        {
            ia.Add(8);
        }
        catch (NotSupportedException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: NotSupportedException: Collection was of a fixed size.
        }
    }
}
