// `throw;` rethrows the very same exception object, and `throw e;` also throws the same object.
using System;

class Program
{
    static Exception first;

    static void Inner()
    {
        try
        {
            throw new InvalidOperationException("original");
        }
        catch (Exception e)
        {
            first = e;
            Console.WriteLine("inner caught"); // expect: inner caught
            throw;
        }
    }

    static void Main()
    {
        try
        {
            Inner();
        }
        catch (Exception e)
        {
            Console.WriteLine(object.ReferenceEquals(e, first)); // expect: True
            Console.WriteLine(e.Message); // expect: original
        }
        try
        {
            try
            {
                throw new ArgumentException("again");
            }
            catch (ArgumentException e)
            {
                first = e;
                throw e;
            }
        }
        catch (Exception e)
        {
            Console.WriteLine(object.ReferenceEquals(e, first)); // expect: True
        }
    }
}
