// Unboxing to a different type than the boxed one throws InvalidCastException, even for a widening pair.
using System;

class Program
{
    static void Main()
    {
        object o = 42;
        Console.WriteLine((int)o);       // expect: 42
        long widened = (int)o;
        Console.WriteLine(widened);      // expect: 42
        long bad = (long)o; // throws: System.InvalidCastException
    }
}
