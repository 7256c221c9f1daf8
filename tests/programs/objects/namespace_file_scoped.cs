// A file-scoped namespace declaration (C# 10 `namespace X;`) puts every type of the file in that namespace.
// (mcs 6.8 cannot parse it; the expectations were checked on the equivalent block form.)
using System;

namespace Shop.Billing;

class Invoice
{
    public int Total = 99;
}

class Program
{
    static void Main()
    {
        Invoice i = new Invoice();
        Console.WriteLine(i.Total);                        // expect: 99
        Console.WriteLine(i.GetType().FullName);           // expect: Shop.Billing.Invoice
        Console.WriteLine(typeof(Program).Namespace);      // expect: Shop.Billing
    }
}
