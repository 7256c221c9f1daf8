// Instance and static field initializers: defaults for unassigned fields, initializers using other statics.
using System;

class Counter
{
    public static int Created = 10;
    public static string Label = "count:" + Created;
    public int Value = 5;
    public string Name = "c";
    public int Unset;
    public bool Flag;
    public string NoName;
    public int[] Slots = new int[3];

    public Counter() { Created++; }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(Counter.Label);            // expect: count:10
        Counter a = new Counter();
        Console.WriteLine(a.Value + " " + a.Name);   // expect: 5 c
        Console.WriteLine(a.Unset);                  // expect: 0
        Console.WriteLine(a.Flag);                   // expect: False
        Console.WriteLine(a.NoName == null);         // expect: True
        Console.WriteLine(a.Slots.Length);           // expect: 3
        a.Value = 9;
        Counter b = new Counter();
        Console.WriteLine(b.Value);                  // expect: 5
        Console.WriteLine(Counter.Created);          // expect: 12
    }
}
