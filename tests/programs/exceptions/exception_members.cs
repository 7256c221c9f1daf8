// System.Exception members: Message, InnerException, GetType().Name and the first line of ToString().
using System;

class Program
{
    static void Main()
    {
        Exception inner = new FormatException("bad digits");
        Exception e = new InvalidOperationException("cannot continue", inner);
        Console.WriteLine(e.Message); // expect: cannot continue
        Console.WriteLine(e.GetType().Name); // expect: InvalidOperationException
        Console.WriteLine(e.GetType().FullName); // expect: System.InvalidOperationException
        Console.WriteLine(e.InnerException.Message); // expect: bad digits
        Console.WriteLine(object.ReferenceEquals(e.InnerException, inner)); // expect: True
        Console.WriteLine(inner.ToString().Split('\n')[0]); // expect: System.FormatException: bad digits
        Exception plain = new Exception("hello");
        Console.WriteLine(plain.ToString().Split('\n')[0]); // expect: System.Exception: hello
        Console.WriteLine(plain.InnerException == null); // expect: True
        Console.WriteLine(plain is Exception); // expect: True
        Console.WriteLine(e is SystemException); // expect: True
    }
}
