// An exception object can be created, stored, and thrown later (twice); catching it yields the same object.
using System;

class Program
{
    static Exception saved = new InvalidOperationException("saved");

    static void Main()
    {
        for (int i = 0; i < 2; i++)
        {
            try
            {
                throw saved;
            }
            catch (InvalidOperationException e)
            {
                Console.WriteLine(i + " " + e.Message + " " + object.ReferenceEquals(e, saved));
            }
        }
        // expect: 0 saved True
        // expect: 1 saved True
    }
}
