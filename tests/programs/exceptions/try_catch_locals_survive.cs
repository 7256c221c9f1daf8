// Locals assigned before the throw keep their values in the catch and finally blocks and after the statement.
using System;

class Program
{
    static void Main()
    {
        int progress = 0;
        string last = "none";
        try
        {
            progress = 1;
            last = "one";
            progress = 2;
            last = "two";
            throw new Exception();
        }
        catch (Exception)
        {
            Console.WriteLine("catch sees " + progress + " " + last); // expect: catch sees 2 two
            progress = 10;
        }
        finally
        {
            Console.WriteLine("finally sees " + progress); // expect: finally sees 10
            progress++;
        }
        Console.WriteLine("after " + progress); // expect: after 11
    }
}
