// Arrays of references are covariant (a string[] in an object[] variable),
// so stelem.ref checks the stored object against the actual element type
// and throws ArrayTypeMismatchException, as .NET does (ECMA-335 III.4.26).
using System;
class Program
{
    static void Main()
    {
        object[] objects = new string[2];
        objects[0] = "fits";
        objects[1] = null;
        try { objects[1] = 5; Console.WriteLine("stored"); }
        catch (ArrayTypeMismatchException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        string[] strings = (string[])objects;
        Console.WriteLine(strings[0] + (strings[1] == null));
        object[] plain = new object[2];
        plain[0] = 5; plain[1] = "x";
        Console.WriteLine(plain[0] + " " + plain[1]);
        Exception[] errors = new ArgumentException[1];
        try { errors[0] = new InvalidOperationException(); }
        catch (ArrayTypeMismatchException) { Console.WriteLine("mismatch"); }
        errors[0] = new ArgumentNullException("p");
        Console.WriteLine(errors[0].GetType().Name);
    }
}

// expect: ArrayTypeMismatchException: Attempted to access an element as a type incompatible with the array.
// expect: fitsTrue
// expect: 5 x
// expect: mismatch
// expect: ArgumentNullException
