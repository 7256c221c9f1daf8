// User exception hierarchy: a catch of the user base class catches derived user exceptions.
using System;

class AppException : Exception
{
    public AppException(string m) : base(m) { }
}

class ConfigException : AppException
{
    public ConfigException(string m) : base("config: " + m) { }
}

class NetworkException : AppException
{
    public NetworkException() : base("network down") { }
}

class Program
{
    static void Fail(int which)
    {
        if (which == 0) throw new ConfigException("missing key");
        if (which == 1) throw new NetworkException();
        throw new AppException("generic");
    }

    static void Main()
    {
        for (int i = 0; i < 3; i++)
        {
            try
            {
                Fail(i);
            }
            catch (ConfigException e)
            {
                Console.WriteLine("config handler: " + e.Message);
            }
            catch (AppException e)
            {
                Console.WriteLine("app handler: " + e.GetType().Name + " " + e.Message);
            }
        }
        // expect: config handler: config: missing key
        // expect: app handler: NetworkException network down
        // expect: app handler: AppException generic
    }
}
