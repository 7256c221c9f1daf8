// Array covariance together with generics: T[] passed as object[], Box<string>[] stored into object[], and ArrayTypeMismatchException from generic code.
using System;

class Box<T>
{
    public T Value;
    public Box(T v) { Value = v; }
    public override string ToString() { return "Box(" + Value + ")"; }
}

class Program
{
    static void SetFirst<T>(T[] arr, T v) { arr[0] = v; }
    static string Describe(object[] arr) { return arr.GetType() + " len " + arr.Length; }
    static object[] AsObjects<T>(T[] arr) where T : class { return arr; }

    static void Main()
    {
        string[] strs = { "a", "b" };
        object[] objs = strs;
        Console.WriteLine(objs[1]); // expect: b
        Console.WriteLine(Describe(strs)); // expect: System.String[] len 2
        Box<string>[] boxes = { new Box<string>("x") };
        object[] ob = boxes;
        Console.WriteLine(ob[0]); // expect: Box(x)
        Console.WriteLine(Describe(boxes)); // expect: Box`1[System.String][] len 1
        object[] viaGeneric = AsObjects(boxes);
        Console.WriteLine(viaGeneric[0]); // expect: Box(x)
        try
        {
            ob[0] = new Box<int>(1);
            Console.WriteLine("stored");
        }
        catch (ArrayTypeMismatchException) { Console.WriteLine("mismatch Box<int>"); } // expect: mismatch Box<int>
        ob[0] = new Box<string>("y");
        Console.WriteLine(boxes[0]); // expect: Box(y)
        try
        {
            SetFirst<object>(strs, 5);
            Console.WriteLine("stored");
        }
        catch (ArrayTypeMismatchException) { Console.WriteLine("mismatch in SetFirst<object>"); } // expect: mismatch in SetFirst<object>
        SetFirst<object>(strs, "ok");
        Console.WriteLine(strs[0]); // expect: ok
        SetFirst(strs, "direct");
        Console.WriteLine(strs[0]); // expect: direct
        object[] nullable = strs;
        SetFirst(nullable, null);
        Console.WriteLine(strs[0] == null); // expect: True
        object o = boxes;
        Console.WriteLine(o is object[]); // expect: True
        Console.WriteLine(o is Box<string>[]); // expect: True
        Console.WriteLine(o is Box<object>[]); // expect: False
        int[] ints = { 1 };
        object oi = ints;
        Console.WriteLine(oi is object[]); // expect: False
    }
}
