// The first line of ToString() is the full type name, ": " and the message, for a never-thrown exception.
using System;
using System.Collections.Generic;

class Program
{
    static void Show(Exception e)
    {
        Console.WriteLine(e.ToString().Split('\n')[0]);
    }

    static void Main()
    {
        Show(new Exception()); // expect: System.Exception: Exception of type 'System.Exception' was thrown.
        Show(new InvalidOperationException()); // expect: System.InvalidOperationException: Operation is not valid due to the current state of the object.
        Show(new DivideByZeroException()); // expect: System.DivideByZeroException: Attempted to divide by zero.
        Show(new KeyNotFoundException()); // expect: System.Collections.Generic.KeyNotFoundException: The given key was not present in the dictionary.
        Show(new NotImplementedException("later")); // expect: System.NotImplementedException: later
    }
}
