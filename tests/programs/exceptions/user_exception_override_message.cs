// A user exception can override the virtual Message property; ToString() uses the override.
using System;

class LimitException : Exception
{
    int limit;
    public LimitException(int limit) { this.limit = limit; }
    public override string Message
    {
        get { return "limit " + limit + " exceeded"; }
    }
}

class Program
{
    static void Main()
    {
        try
        {
            throw new LimitException(5);
        }
        catch (Exception e)
        {
            Console.WriteLine(e.Message); // expect: limit 5 exceeded
            Console.WriteLine(e.ToString().Split('\n')[0]); // expect: LimitException: limit 5 exceeded
        }
    }
}
