// A `when` filter can read the caught exception's properties to choose a clause.
using System;

class CodedException : Exception
{
    public int Code;
    public CodedException(int code) : base("code " + code) { Code = code; }
}

class Program
{
    static void Run(int code)
    {
        try
        {
            throw new CodedException(code);
        }
        catch (CodedException e) when (e.Code == 404)
        {
            Console.WriteLine("not found");
        }
        catch (CodedException e) when (e.Code >= 500)
        {
            Console.WriteLine("server error " + e.Code);
        }
        catch (Exception e) when (e.Message.StartsWith("code"))
        {
            Console.WriteLine("other: " + e.Message);
        }
    }

    static void Main()
    {
        Run(404); // expect: not found
        Run(503); // expect: server error 503
        Run(200); // expect: other: code 200
    }
}
