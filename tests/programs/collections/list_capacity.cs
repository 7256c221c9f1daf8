// List<T>.Capacity: growth from empty (0, 4, 8, 16, ...), an initial capacity, AddRange, TrimExcess and setting Capacity.
// mono-differs: Mono 6.8 words ArgumentException messages as "text\nParameter name: p", not "text (Parameter 'p')"
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var l = new List<int>();
        Console.WriteLine(l.Capacity); // expect: 0
        for (int i = 0; i < 17; i++)
        {
            l.Add(i);
            Console.Write(l.Capacity + " ");
        }
        Console.WriteLine("end"); // expect: 4 4 4 4 8 8 8 8 16 16 16 16 16 16 16 16 32 end
        var sized = new List<int>(10);
        Console.WriteLine(sized.Capacity + " " + sized.Count); // expect: 10 0
        for (int i = 0; i < 11; i++)
            sized.Add(i);
        Console.WriteLine(sized.Capacity); // expect: 20
        var zero = new List<string>(0);
        zero.Add("a");
        Console.WriteLine(zero.Capacity); // expect: 4
        var r = new List<int>();
        r.AddRange(new int[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 });
        Console.WriteLine(r.Capacity); // expect: 10
        r.Add(11);
        Console.WriteLine(r.Capacity); // expect: 20
        r.TrimExcess();
        Console.WriteLine(r.Capacity + " " + r.Count); // expect: 11 11
        r.RemoveAt(0);
        r.TrimExcess();
        Console.WriteLine(r.Capacity); // expect: 11
        r.Capacity = 50;
        Console.WriteLine(r.Capacity + " " + r.Count + " " + r[9]); // expect: 50 10 11
        r.Clear();
        Console.WriteLine(r.Capacity); // expect: 50
        r.TrimExcess();
        Console.WriteLine(r.Capacity); // expect: 0
        var fromArray = new List<int>(new int[] { 1, 2, 3 });
        Console.WriteLine(fromArray.Capacity); // expect: 3
        fromArray.Add(4);
        Console.WriteLine(fromArray.Capacity); // expect: 6
        var ins = new List<int> { 1, 2, 3, 4 };
        Console.WriteLine(ins.Capacity); // expect: 4
        ins.Insert(0, 0);
        Console.WriteLine(ins.Capacity); // expect: 8
        try
        {
            ins.Capacity = 2;
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentOutOfRangeException: capacity was less than the current size. (Parameter 'value')
        }
        try
        {
            new List<int>(-1);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message); // expect: ArgumentOutOfRangeException: Non-negative number required. (Parameter 'capacity')
        }
    }
}
