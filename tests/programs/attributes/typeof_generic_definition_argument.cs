// typeof of a generic type definition as an attribute argument, read back by reflection.
using System;

[AttributeUsage(AttributeTargets.Class)]
class HandlerAttribute : Attribute
{
    public Type Handler;
    public HandlerAttribute(Type t) { Handler = t; }
    public Type Other { get; set; }
}

class Repository<T> { }
class Pair<K, V> { }

[Handler(typeof(Repository<>), Other = typeof(Pair<,>))]
class Customer { }

class Program
{
    static void Main()
    {
        HandlerAttribute h = (HandlerAttribute)Attribute.GetCustomAttribute(typeof(Customer), typeof(HandlerAttribute));
        Console.WriteLine(h.Handler.Name + " " + h.Other.Name); // expect: Repository`1 Pair`2
        Console.WriteLine(h.Handler == typeof(Repository<>)); // expect: True
    }
}
