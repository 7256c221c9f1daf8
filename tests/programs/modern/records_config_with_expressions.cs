// Immutable configuration as nominal records with init-only properties and defaults, updated through `with` expressions (including nested records, empty `with { }` copies and chained updates) while the original stays unchanged.
// hand-checked: C# 9 records; mcs 6.8 cannot compile them; output checked on CoreCLR 3.1 running Sharp's build
using System;

record RetryPolicy
{
    public int MaxAttempts { get; init; } = 3;
    public double BackoffSeconds { get; init; } = 0.5;
}

record ServerConfig
{
    public string Host { get; init; } = "localhost";
    public int Port { get; init; } = 8080;
    public bool UseTls { get; init; }
    public string CertPath { get; init; }
    public RetryPolicy Retry { get; init; } = new RetryPolicy();

    public string Url => (UseTls ? "https" : "http") + "://" + Host + ":" + Port;
}

class Program
{
    static ServerConfig ForProduction(ServerConfig c) =>
        c with { Host = "api.example.com", Port = 443, UseTls = true, CertPath = "/etc/certs/api.pem" };

    static void Main()
    {
        var defaults = new ServerConfig();
        Console.WriteLine(defaults);
        Console.WriteLine(defaults.Url);

        var dev = defaults with { Port = 5000 };
        Console.WriteLine(dev.Url);
        Console.WriteLine(defaults.Port);

        var prod = ForProduction(dev);
        Console.WriteLine(prod.Url);
        Console.WriteLine(prod.CertPath);
        Console.WriteLine(ReferenceEquals(prod.Retry, dev.Retry));

        var patient = prod with { Retry = prod.Retry with { MaxAttempts = 10, BackoffSeconds = 2.5 } };
        Console.WriteLine(patient.Retry);
        Console.WriteLine(prod.Retry);
        Console.WriteLine(patient == prod);

        var copy = prod with { };
        Console.WriteLine(ReferenceEquals(copy, prod));
        Console.WriteLine(copy == prod);
        Console.WriteLine(copy.GetHashCode() == prod.GetHashCode());

        var backAgain = patient with { Retry = new RetryPolicy() };
        Console.WriteLine(backAgain == prod);

        var custom = new ServerConfig { Host = "10.0.0.7", Retry = new RetryPolicy { BackoffSeconds = 0.1 } };
        Console.WriteLine(custom);

        var chain = custom with { Port = 1 } with { Port = 2 } with { UseTls = true };
        Console.WriteLine(chain.Url);
        Console.WriteLine(custom.Url);

        var steps = new[] { 1, 2, 3 };
        var tuned = defaults;
        foreach (var s in steps)
            tuned = tuned with { Retry = tuned.Retry with { MaxAttempts = tuned.Retry.MaxAttempts + s } };
        Console.WriteLine(tuned.Retry.MaxAttempts);
        Console.WriteLine(defaults.Retry.MaxAttempts);
    }
}
// expect: ServerConfig { Host = localhost, Port = 8080, UseTls = False, CertPath = , Retry = RetryPolicy { MaxAttempts = 3, BackoffSeconds = 0.5 }, Url = http://localhost:8080 }
// expect: http://localhost:8080
// expect: http://localhost:5000
// expect: 8080
// expect: https://api.example.com:443
// expect: /etc/certs/api.pem
// expect: True
// expect: RetryPolicy { MaxAttempts = 10, BackoffSeconds = 2.5 }
// expect: RetryPolicy { MaxAttempts = 3, BackoffSeconds = 0.5 }
// expect: False
// expect: False
// expect: True
// expect: True
// expect: True
// expect: ServerConfig { Host = 10.0.0.7, Port = 8080, UseTls = False, CertPath = , Retry = RetryPolicy { MaxAttempts = 3, BackoffSeconds = 0.1 }, Url = http://10.0.0.7:8080 }
// expect: https://10.0.0.7:2
// expect: http://10.0.0.7:8080
// expect: 9
// expect: 3
