// The type of one of the expressions in the join clause is incorrect. Type inference failed in the call to 'Join'. (The keys are int and string; Roslyn reports it on the join keyword.)
// (Mono's mcs reports CS1942 here; Roslyn uses CS1941 for join, orderby and group clauses, CS1942 for the others.)
using System;
using System.Linq;

class Customer { public int Id; public string Name; }
class Order { public string CustomerName; public int Total; }

class Program
{
    static void Main()
    {
        var customers = new[] { new Customer { Id = 1, Name = "Ann" } };
        var orders = new[] { new Order { CustomerName = "Ann", Total = 10 } };
        var totals = from c in customers
                     join o in orders on c.Id equals o.CustomerName // error CS1941
                     select o.Total;
        Console.WriteLine(customers.Length + orders.Length);
    }
}
