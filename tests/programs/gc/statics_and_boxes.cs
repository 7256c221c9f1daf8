// Roots outside the stack: static fields (references and structs holding references), boxed
// values holding references, interned literals and cached Type objects.
using System;

struct Entry
{
    public string Key;
    public object Value;
}

class Registry
{
    public static object Head;
    public static Entry First;
    public static string[] Names;
}

class Program
{
    static object MakeBox(int i)
    {
        Entry e;
        e.Key = "k" + i;
        e.Value = "v" + (i * 3);
        return e;
    }

    static void Main()
    {
        Registry.Head = new int[] { 4, 5, 6 };
        Registry.First.Key = "first" + 1;
        Registry.First.Value = new string('z', 5);
        Registry.Names = new string[3];
        for (int i = 0; i < 3; i++)
            Registry.Names[i] = "name" + i;
        object[] boxes = new object[100];
        for (int i = 0; i < boxes.Length; i++)
            boxes[i] = MakeBox(i);
        Type t1 = "abc".GetType();
        for (int i = 0; i < 1000; i++)
        {
            string junk = "junk" + i;
        }
        GC.Collect();
        GC.Collect();
        int[] head = (int[])Registry.Head;
        Console.WriteLine(head[0] + head[1] + head[2]);
        Console.WriteLine(Registry.First.Key + " " + Registry.First.Value);
        Console.WriteLine(Registry.Names[0] + Registry.Names[1] + Registry.Names[2]);
        long sum = 0;
        foreach (object o in boxes)
        {
            Entry e = (Entry)o;
            sum += e.Key.Length + ((string)e.Value).Length;
        }
        Console.WriteLine(sum);
        Entry last = (Entry)boxes[99];
        Console.WriteLine(last.Key + "=" + last.Value);
        Console.WriteLine("literal");
        Console.WriteLine(t1 == "x".GetType());
        Console.WriteLine(t1.Name);
    }
}
// expect: 15
// expect: first1 zzzzz
// expect: name0name1name2
// expect: 652
// expect: k99=v297
// expect: literal
// expect: True
// expect: String
