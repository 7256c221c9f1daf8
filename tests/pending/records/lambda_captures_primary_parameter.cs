// A lambda in a record's property initializer captures a primary-constructor parameter (C# 9). Sharp: CS0120.
using System;
record User(string Name)
{
    public Func<string> Greeter { get; } = () => "hi " + Name;
}
class Program
{
    static void Main() { Console.WriteLine(new User("ann").Greeter()); }
}
// expect: hi ann
