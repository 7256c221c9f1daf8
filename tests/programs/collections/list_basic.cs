// List<T> basics: Add, Count, indexer get/set, Contains, IndexOf, LastIndexOf, Clear.
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var list = new List<int>();
        Console.WriteLine(list.Count); // expect: 0
        list.Add(10);
        list.Add(20);
        list.Add(30);
        list.Add(20);
        Console.WriteLine(list.Count); // expect: 4
        Console.WriteLine(list[0] + " " + list[1] + " " + list[2] + " " + list[3]); // expect: 10 20 30 20
        list[2] = 35;
        Console.WriteLine(list[2]); // expect: 35
        Console.WriteLine(list.Contains(20)); // expect: True
        Console.WriteLine(list.Contains(30)); // expect: False
        Console.WriteLine(list.IndexOf(20)); // expect: 1
        Console.WriteLine(list.LastIndexOf(20)); // expect: 3
        Console.WriteLine(list.IndexOf(99)); // expect: -1
        Console.WriteLine(list.LastIndexOf(99)); // expect: -1
        Console.WriteLine(list.IndexOf(20, 2)); // expect: 3
        Console.WriteLine(list.IndexOf(20, 0, 1)); // expect: -1
        Console.WriteLine(list.LastIndexOf(20, 2)); // expect: 1
        int sum = 0;
        foreach (int x in list)
            sum += x;
        Console.WriteLine(sum); // expect: 85
        for (int i = 0; i < list.Count; i++)
            Console.Write(list[i] * 2 + ";");
        Console.WriteLine(); // expect: 20;40;70;40;
        list.Clear();
        Console.WriteLine(list.Count); // expect: 0
        Console.WriteLine(list.Contains(10)); // expect: False
        list.Add(7);
        Console.WriteLine(list[0] + " " + list.Count); // expect: 7 1
        Console.WriteLine(list); // expect: System.Collections.Generic.List`1[System.Int32]
    }
}
