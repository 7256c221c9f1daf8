// The declaring type's ordinary methods cannot assign an init-only property either.
using System;
class Account
{
    public int Balance { get; init; }
    public void Reset()
    {
        Balance = 0; // error CS8852
    }
}
class Program { static void Main() { new Account().Reset(); } }
