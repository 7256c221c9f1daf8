// An unhandled user-defined exception ends the program with a non-zero exit; earlier output is flushed first.
using System;

class QuotaExceededException : Exception
{
    public QuotaExceededException(string m) : base(m) { }
}

class Program
{
    static void Main()
    {
        Console.WriteLine("working"); // expect: working
        Console.Write("partial line, ");
        Console.WriteLine("then the throw"); // expect: partial line, then the throw
        throw new QuotaExceededException("quota exceeded"); // throws: QuotaExceededException
    }
}
