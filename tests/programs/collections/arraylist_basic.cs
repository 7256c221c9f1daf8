// The non-generic ArrayList: Add returning the index, indexer, Count, Insert, Remove, Contains, Sort (default and a non-generic IComparer), foreach, errors.
// mono-differs: Mono 6.8 words ArgumentException messages as "text\nParameter name: p", not "text (Parameter 'p')"
using System;
using System.Collections;
using System.Collections.Generic;

class ByLength : IComparer
{
    public int Compare(object x, object y)
    {
        string a = (string)x, b = (string)y;
        if (a.Length != b.Length)
            return a.Length - b.Length;
        return string.CompareOrdinal(a, b);
    }
}

class Program
{
    static void Main()
    {
        var al = new ArrayList();
        Console.WriteLine(al.Add("pear") + " " + al.Add("fig") + " " + al.Add("banana")); // expect: 0 1 2
        Console.WriteLine(al.Count + " " + al[1]); // expect: 3 fig
        al.Insert(0, "kiwi");
        al[2] = "plum";
        foreach (object o in al)
            Console.WriteLine(o); // expect: kiwi
        // expect: pear
        // expect: plum
        // expect: banana
        Console.WriteLine(al.Contains("plum") + " " + al.IndexOf("banana") + " " + al.IndexOf("fig")); // expect: True 3 -1
        al.Sort();
        Console.WriteLine(string.Join(",", al.ToArray())); // expect: banana,kiwi,pear,plum
        al.Sort(new ByLength());
        Console.WriteLine(string.Join(",", al.ToArray())); // expect: kiwi,pear,plum,banana
        al.Remove("pear");
        al.RemoveAt(0);
        Console.WriteLine(al.Count + " " + al[0] + " " + al[1]); // expect: 2 plum banana
        var mixed = new ArrayList { 1, "two", 3.0, null, 'c' };
        foreach (object o in mixed)
            Console.Write((o == null ? "null" : o.GetType().Name) + ";");
        Console.WriteLine(); // expect: Int32;String;Double;null;Char;
        int sum = 0;
        var nums = new ArrayList();
        for (int i = 5; i > 0; i--)
            nums.Add(i * 10);
        nums.Sort();
        foreach (int n in nums)
            sum += n;
        Console.WriteLine(sum + " " + nums[0] + " " + nums[4]); // expect: 150 10 50
        nums.Reverse();
        Console.WriteLine(nums[0]); // expect: 50
        int[] typed = (int[])nums.ToArray(typeof(int));
        Console.WriteLine(typed.Length + " " + typed[4]); // expect: 5 10
        Console.WriteLine(new ArrayList().Capacity + " " + nums.Capacity); // expect: 0 8
        try
        {
            object o = al[5];
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')
        }
        try
        {
            var bad = new ArrayList { 1, "one" };
            bad.Sort();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: InvalidOperationException: Failed to compare two elements in the array.
            Console.WriteLine(e.InnerException.GetType().Name + ": " + e.InnerException.Message); // expect: ArgumentException: Object must be of type Int32.
        }
        try
        {
            foreach (object o in al)
                al.Add(o);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message); // expect: Collection was modified; enumeration operation may not execute.
        }
    }
}
