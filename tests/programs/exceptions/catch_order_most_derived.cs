// With several catch clauses the first matching one (in source order) runs.
using System;

class Program
{
    static void Run(Exception toThrow)
    {
        try
        {
            throw toThrow;
        }
        catch (ArgumentNullException)
        {
            Console.WriteLine("ArgumentNullException clause");
        }
        catch (ArgumentException)
        {
            Console.WriteLine("ArgumentException clause");
        }
        catch (SystemException)
        {
            Console.WriteLine("SystemException clause");
        }
        catch (Exception)
        {
            Console.WriteLine("Exception clause");
        }
    }

    static void Main()
    {
        Run(new ArgumentNullException()); // expect: ArgumentNullException clause
        Run(new ArgumentOutOfRangeException()); // expect: ArgumentException clause
        Run(new ArgumentException()); // expect: ArgumentException clause
        Run(new InvalidOperationException()); // expect: SystemException clause
        Run(new Exception()); // expect: Exception clause
    }
}
