// Array.Copy between arrays of different element types, as .NET does it:
// references are checked against the destination's element type, boxed
// values unboxed into a value-type array, values boxed into an array of
// references; Array.CreateInstance makes a vector of a given type.
using System;

class Program
{
    static void Try(string what, Action0 copy)
    {
        try
        {
            copy.Run();
            Console.WriteLine(what + ": copied");
        }
        catch (Exception e)
        {
            Console.WriteLine(what + ": " + e.GetType().Name);
        }
    }

    static void Main()
    {
        object[] words = { "a", "b", "c" };
        string[] strings = new string[3];
        Array.Copy(words, strings, 3);
        Console.WriteLine(string.Join(",", strings) + " " + strings.GetType());

        int[] numbers = { 1, 2, 3 };
        object[] boxes = new object[4];
        Array.Copy(numbers, 0, boxes, 1, 3);
        Console.WriteLine((boxes[0] == null) + " " + boxes[1] + boxes[2] + boxes[3] + " " + boxes[3].GetType());
        IComparable[] comparables = new IComparable[3];
        Array.Copy(numbers, comparables, 3);
        Console.WriteLine(comparables[2].CompareTo(2));

        int[] back = new int[3];
        Array.Copy(boxes, 1, back, 0, 3);
        Console.WriteLine(back[0] + back[1] + back[2]);

        Try("int into string[]", new CopyInto(new object[] { "x", 5 }, new string[2]));
        Try("null into int[]", new CopyInto(new object[] { 1, null }, new int[2]));
        Try("string into int[]", new CopyInto(new object[] { "7" }, new int[1]));
        Try("string[] into int[]", new CopyInto(new string[] { "7" }, new int[1]));

        Array made = Array.CreateInstance(typeof(string), 2);
        Console.WriteLine(made.GetType() + " " + made.Length);
        int[] ints = (int[])Array.CreateInstance(typeof(int), 3);
        ints[2] = 9;
        Console.WriteLine(ints[0] + " " + ints[2]);
        Console.WriteLine(Array.CreateInstance(typeof(Program), 0).GetType());
        try
        {
            Array.CreateInstance(typeof(int), -1);
        }
        catch (ArgumentOutOfRangeException)
        {
            Console.WriteLine("negative length");
        }
    }
}

abstract class Action0
{
    public abstract void Run();
}

class CopyInto : Action0
{
    readonly Array from, to;
    public CopyInto(Array from, Array to) { this.from = from; this.to = to; }
    public override void Run() { Array.Copy(from, to, from.Length); }
}
// expect: a,b,c System.String[]
// expect: True 123 System.Int32
// expect: 1
// expect: 6
// expect: int into string[]: InvalidCastException
// expect: null into int[]: InvalidCastException
// expect: string into int[]: InvalidCastException
// expect: string[] into int[]: ArrayTypeMismatchException
// expect: System.String[] 2
// expect: 0 9
// expect: Program[]
// expect: negative length
