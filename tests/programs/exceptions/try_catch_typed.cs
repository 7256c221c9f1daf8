// A typed catch clause catches an exception of exactly its type thrown in the try block.
using System;

class Program
{
    static void Main()
    {
        try
        {
            Console.WriteLine("in try"); // expect: in try
            throw new InvalidOperationException("boom");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message); // expect: caught boom
        }
        Console.WriteLine("after"); // expect: after
    }
}
