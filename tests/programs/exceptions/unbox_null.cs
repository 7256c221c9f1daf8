// Unboxing a null object reference to a value type raises NullReferenceException.
using System;

class Program
{
    static void Main()
    {
        object o = null;
        try
        {
            int i = (int)o;
            Console.WriteLine(i);
        }
        catch (NullReferenceException e)
        {
            Console.WriteLine("caught " + e.GetType().Name); // expect: caught NullReferenceException
        }
        object d = null;
        try
        {
            double x = (double)d;
            Console.WriteLine(x);
        }
        catch (NullReferenceException)
        {
            Console.WriteLine("double too"); // expect: double too
        }
    }
}
