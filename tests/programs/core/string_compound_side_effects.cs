// `x += s` on a string evaluates the target's parts once: an array index with a side effect,
// a method call returning the array, and a field of an object returned by a call.
using System;

class Box
{
    public string Text = "t";
}

class StringCompoundSideEffects
{
    static int calls;
    static string[] items = { "a", "b", "c" };
    static Box box = new Box();

    static string[] Items() { calls++; return items; }
    static Box GetBox() { calls++; return box; }

    static void Main()
    {
        int i = 0;
        string[] a = { "x", "y" };
        a[i++] += "1" + i;
        Console.WriteLine(a[0] + " " + a[1] + " " + i); // expect: x11 y 1
        Items()[2] += "!";
        GetBox().Text += "ext";
        Console.WriteLine(items[2] + " " + box.Text + " " + calls); // expect: c! text 2
        string s = "s";
        s += s + s;
        Console.WriteLine(s); // expect: sss
    }
}
