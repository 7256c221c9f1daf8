// `continue` out of a try block runs the finally before the next iteration; so does continue from a catch.
using System;

class Program
{
    static void Main()
    {
        int i = 0;
        while (i < 4)
        {
            i++;
            try
            {
                if (i % 2 == 0) continue;
                if (i == 3) throw new Exception("three");
                Console.WriteLine("body " + i);
            }
            catch (Exception e)
            {
                Console.WriteLine("catch " + e.Message);
                continue;
            }
            finally
            {
                Console.WriteLine("finally " + i);
            }
            Console.WriteLine("tail " + i);
        }
        // expect: body 1
        // expect: finally 1
        // expect: tail 1
        // expect: finally 2
        // expect: catch three
        // expect: finally 3
        // expect: finally 4
    }
}
