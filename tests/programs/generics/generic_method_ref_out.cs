// Generic methods with ref and out T parameters: Swap, TryFind, Exchange, on locals, fields and array elements.
using System;

class Holder
{
    public string Name = "field";
}

struct Pt
{
    public int X;
    public Pt(int x) { X = x; }
}

class Program
{
    static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
    static bool TryFind<T>(T[] items, int index, out T value)
    {
        if (index >= 0 && index < items.Length) { value = items[index]; return true; }
        value = default(T);
        return false;
    }
    static T Exchange<T>(ref T location, T value) { T old = location; location = value; return old; }
    static void Init<T>(out T a, out T b, T v) { a = v; b = v; }
    static void Bump(ref Pt p) { p.X++; }
    static void Mutate<T>(ref T[] arr, T extra)
    {
        T[] n = new T[arr.Length + 1];
        for (int i = 0; i < arr.Length; i++) n[i] = arr[i];
        n[arr.Length] = extra;
        arr = n;
    }

    static void Main()
    {
        int a = 1, b = 2;
        Swap(ref a, ref b);
        Console.WriteLine(a + " " + b); // expect: 2 1
        string s = "left", t = "right";
        Swap<string>(ref s, ref t);
        Console.WriteLine(s + " " + t); // expect: right left
        int[] arr = { 10, 20, 30 };
        Swap(ref arr[0], ref arr[2]);
        Console.WriteLine(arr[0] + " " + arr[1] + " " + arr[2]); // expect: 30 20 10
        Holder h = new Holder();
        string local = "local";
        Swap(ref h.Name, ref local);
        Console.WriteLine(h.Name + " " + local); // expect: local field
        Pt p1 = new Pt(1), p2 = new Pt(2);
        Swap(ref p1, ref p2);
        Bump(ref p1);
        Console.WriteLine(p1.X + " " + p2.X); // expect: 3 1

        int found;
        Console.WriteLine(TryFind(arr, 1, out found) + " " + found); // expect: True 20
        Console.WriteLine(TryFind(arr, 5, out found) + " " + found); // expect: False 0
        string w;
        Console.WriteLine(TryFind(new string[] { "a", "b" }, 1, out w) + " " + w); // expect: True b
        Console.WriteLine(TryFind(new string[0], 0, out w) + " " + (w == null)); // expect: False True

        double d = 1.5;
        double old = Exchange(ref d, 2.5);
        Console.WriteLine(old + " " + d); // expect: 1.5 2.5
        Console.WriteLine(Exchange(ref arr[1], 99) + " " + arr[1]); // expect: 20 99

        char c1, c2;
        Init(out c1, out c2, 'z');
        Console.WriteLine("" + c1 + c2); // expect: zz
        Mutate(ref arr, 7);
        Console.WriteLine(arr.Length + " " + arr[3]); // expect: 4 7
    }
}
