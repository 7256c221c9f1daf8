// Nested try blocks: the innermost matching handler catches; non-matching ones pass the exception outward.
using System;

class Program
{
    static void Main()
    {
        try
        {
            try
            {
                try
                {
                    throw new ArgumentException("deep");
                }
                catch (InvalidOperationException)
                {
                    Console.WriteLine("wrong: innermost");
                }
                finally
                {
                    Console.WriteLine("finally 3"); // expect: finally 3
                }
            }
            catch (ArgumentException e)
            {
                Console.WriteLine("middle caught " + e.Message); // expect: middle caught deep
                try
                {
                    throw new InvalidOperationException("from catch");
                }
                catch (InvalidOperationException e2)
                {
                    Console.WriteLine("nested in catch: " + e2.Message); // expect: nested in catch: from catch
                }
            }
            finally
            {
                Console.WriteLine("finally 2"); // expect: finally 2
            }
        }
        catch (Exception)
        {
            Console.WriteLine("wrong: outermost");
        }
        finally
        {
            Console.WriteLine("finally 1"); // expect: finally 1
        }
    }
}
