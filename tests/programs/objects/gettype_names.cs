// GetType().Name and .FullName for classes, namespaced and nested types, structs, arrays and built-ins; typeof.
using System;

namespace Company.Product
{
    class Engine { public class Part { } }
    struct Gear { }
}

class Program
{
    static void Main()
    {
        object e = new Company.Product.Engine();
        Console.WriteLine(e.GetType().Name);                 // expect: Engine
        Console.WriteLine(e.GetType().FullName);             // expect: Company.Product.Engine
        Console.WriteLine(e.GetType().Namespace);            // expect: Company.Product
        Console.WriteLine(new Company.Product.Engine.Part().GetType().FullName); // expect: Company.Product.Engine+Part
        Console.WriteLine(new Company.Product.Gear().GetType().Name); // expect: Gear
        Console.WriteLine(42.GetType().FullName);            // expect: System.Int32
        Console.WriteLine("s".GetType().Name);               // expect: String
        Console.WriteLine(new int[0].GetType().Name);        // expect: Int32[]
        Console.WriteLine(typeof(Program).FullName);         // expect: Program
        Console.WriteLine(e.GetType() == typeof(Company.Product.Engine)); // expect: True
        Console.WriteLine(typeof(double).Name);              // expect: Double
    }
}
