// Overloaded indexers: this[int] and this[string] on one class, plus a two-argument indexer.
using System;

class Directory2
{
    private string[] names = { "ann", "bob", "cy" };
    private int[] ages = { 30, 41, 25 };

    public int this[string name]
    {
        get
        {
            for (int i = 0; i < names.Length; i++)
                if (names[i] == name) return ages[i];
            return -1;
        }
        set
        {
            for (int i = 0; i < names.Length; i++)
                if (names[i] == name) ages[i] = value;
        }
    }

    public string this[int i] { get { return names[i]; } }
    public string this[int i, bool upper] { get { return upper ? names[i].ToUpper() : names[i]; } }
}

class Program
{
    static void Main()
    {
        Directory2 d = new Directory2();
        Console.WriteLine(d[1]);          // expect: bob
        Console.WriteLine(d["cy"]);       // expect: 25
        Console.WriteLine(d["zed"]);      // expect: -1
        d["ann"] = 31;
        Console.WriteLine(d[d[0]]);       // expect: 31
        Console.WriteLine(d[2, true]);    // expect: CY
    }
}
