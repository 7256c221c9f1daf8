// User exceptions chained through base(message, inner); walking InnerException visits every link.
using System;

class DataException : Exception
{
    public DataException(string message, Exception inner) : base(message, inner) { }
}

class ServiceException : Exception
{
    public ServiceException(string message, Exception inner) : base(message, inner) { }
}

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
                    throw new FormatException("bad byte");
                }
                catch (Exception e)
                {
                    throw new DataException("read failed", e);
                }
            }
            catch (Exception e)
            {
                throw new ServiceException("request failed", e);
            }
        }
        catch (ServiceException e)
        {
            Exception cur = e;
            while (cur != null)
            {
                Console.WriteLine(cur.GetType().Name + ": " + cur.Message);
                cur = cur.InnerException;
            }
            // expect: ServiceException: request failed
            // expect: DataException: read failed
            // expect: FormatException: bad byte
        }
    }
}
