// Unboxing to a type other than the boxed one raises InvalidCastException, even between int and long.
using System;

class Program
{
    static void Main()
    {
        object o = 42;
        Console.WriteLine((int)o); // expect: 42
        try
        {
            long l = (long)o;
            Console.WriteLine(l);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("int is not long"); // expect: int is not long
        }
        try
        {
            double d = (double)o;
            Console.WriteLine(d);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("int is not double"); // expect: int is not double
        }
        object s = "42";
        try
        {
            int i = (int)s;
            Console.WriteLine(i);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("string is not int"); // expect: string is not int
        }
        Console.WriteLine((long)(int)o); // expect: 42
    }
}
